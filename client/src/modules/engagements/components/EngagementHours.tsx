import { Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { HoursLogFieldsFragment, HoursStatus } from '../../../generated/graphql';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { HoursLogForm } from './HoursLogForm';

const STATUS_COLORS: Record<HoursStatus, string> = { LOGGED: 'blue', CONFIRMED: 'teal', DISPUTED: 'red' };

export interface EngagementHoursProps {
  logs: HoursLogFieldsFragment[];
  confirmedHours: number;
  /** The volunteer or mentor may log hours (a confirmed or active engagement). */
  canLog: boolean;
  /** The nonprofit may confirm or dispute what was logged. */
  canReview: boolean;
  /** The author may correct or delete entries not yet confirmed. */
  canEdit?: boolean;
  onLog: (values: { workedOn: string; hours: number; note: string }) => Promise<void>;
  /** Throws, so the form can show field errors. */
  onUpdate?: (id: string, values: { workedOn: string; hours: number; note: string }) => Promise<void>;
  onDelete?: (id: string) => Promise<boolean>;
  onConfirm: (id: string) => Promise<boolean>;
  onDispute: (id: string, reason: string) => Promise<boolean>;
  busy?: boolean;
}

function DisputeForm({ onDispute, onCancel, busy }: { onDispute: (reason: string) => Promise<void>; onCancel: () => void; busy: boolean }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const tooShort = reason.trim().length < 3;
  return (
    <Stack gap="xs">
      <Textarea label={t('hours.disputeReason')} required autosize minRows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      <Group gap="xs">
        <Button size="xs" color="red" disabled={tooShort} loading={busy} onClick={() => void onDispute(reason.trim())}>
          {t('hours.disputeSubmit')}
        </Button>
        <Button size="xs" variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function HoursLogRow({
  log,
  canReview,
  canEdit,
  onConfirm,
  onDispute,
  onUpdate,
  onDelete,
  busy,
}: { log: HoursLogFieldsFragment } & Pick<EngagementHoursProps, 'canReview' | 'canEdit' | 'onConfirm' | 'onDispute' | 'onUpdate' | 'onDelete' | 'busy'>) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [disputing, setDisputing] = useState(false);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const editable = Boolean(canEdit) && log.status !== 'CONFIRMED';
  const label = t('hours.entry', { date: format.date(`${log.workedOn}T12:00:00`), hours: format.hours(log.hours) });
  return (
    <Paper withBorder p="xs" component="li" aria-label={label}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm" fw={500}>
            {label}
          </Text>
          <Badge size="sm" variant="light" color={STATUS_COLORS[log.status]}>
            {t(`hours.status.${log.status}`)}
          </Badge>
        </Group>
        {log.note && (
          <Text size="sm" c="dimmed">
            {log.note}
          </Text>
        )}
        {log.status === 'DISPUTED' && log.disputeReason && (
          <Text size="sm" c="red">
            {t('hours.disputedBecause', { reason: log.disputeReason })}
          </Text>
        )}
        {canReview && log.status !== 'CONFIRMED' && !disputing && (
          <Group gap="xs">
            <Button size="xs" color="teal" loading={busy} onClick={() => void onConfirm(log.id)}>
              {t('hours.confirm')}
            </Button>
            {log.status === 'LOGGED' && (
              <Button size="xs" variant="light" color="red" disabled={busy} onClick={() => setDisputing(true)}>
                {t('hours.dispute')}
              </Button>
            )}
          </Group>
        )}
        {editable && !editing && !deleting && (
          <Group gap="xs">
            {onUpdate && (
              <Button size="xs" variant="light" disabled={busy} onClick={() => setEditing(true)}>
                {t('hours.edit')}
              </Button>
            )}
            {onDelete && (
              <Button size="xs" variant="subtle" color="red" disabled={busy} onClick={() => setDeleting(true)}>
                {t('hours.delete')}
              </Button>
            )}
          </Group>
        )}
        {editing && onUpdate && (
          <HoursLogForm
            initial={{ workedOn: log.workedOn, hours: log.hours, note: log.note }}
            submitLabel={t('hours.save')}
            submitting={busy}
            onCancel={() => setEditing(false)}
            onSubmit={async (values) => {
              await onUpdate(log.id, values);
              setEditing(false);
            }}
          />
        )}
        {deleting && onDelete && (
          <Group gap="xs" role="group" aria-label={t('hours.deleteConfirm')}>
            <Text size="sm">{t('hours.deleteConfirm')}</Text>
            <Button
              size="xs"
              color="red"
              loading={busy}
              onClick={() =>
                void onDelete(log.id).then((done) => {
                  if (!done) setDeleting(false);
                })
              }
            >
              {t('hours.deleteSubmit')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setDeleting(false)}>
              {t('common.cancel')}
            </Button>
          </Group>
        )}
        {disputing && (
          <DisputeForm
            busy={Boolean(busy)}
            onCancel={() => setDisputing(false)}
            onDispute={async (reason) => {
              if (await onDispute(log.id, reason)) setDisputing(false);
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** An engagement's logged hours: the volunteer logs them, the nonprofit confirms or disputes them. */
export function EngagementHours({ logs, confirmedHours, canLog, canReview, canEdit = false, onLog, onConfirm, onDispute, onUpdate, onDelete, busy = false }: EngagementHoursProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [logging, setLogging] = useState(false);
  const logged = logs.reduce((sum, log) => sum + log.hours, 0);
  if (!canLog && logs.length === 0) return null;
  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('hours.summary', { logged: format.hours(logged), confirmed: format.hours(confirmedHours) })}
        </Text>
        {canLog && !logging && (
          <Button size="xs" variant="light" onClick={() => setLogging(true)}>
            {t('hours.log')}
          </Button>
        )}
      </Group>
      {logs.length > 0 && (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('hours.listLabel')}>
          {logs.map((log) => (
            <HoursLogRow
              key={log.id}
              log={log}
              canReview={canReview}
              canEdit={canEdit}
              onConfirm={onConfirm}
              onDispute={onDispute}
              onUpdate={onUpdate}
              onDelete={onDelete}
              busy={busy}
            />
          ))}
        </Stack>
      )}
      {logging && (
        <Paper withBorder p="sm">
          <HoursLogForm
            submitting={busy}
            onCancel={() => setLogging(false)}
            onSubmit={async (values) => {
              await onLog(values);
              setLogging(false);
            }}
          />
        </Paper>
      )}
    </Stack>
  );
}
