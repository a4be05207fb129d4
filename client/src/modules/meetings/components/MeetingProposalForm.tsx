import { ActionIcon, Button, Group, NumberInput, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { MeetingKind } from '../../../generated/graphql';
import type { ProposalDraft } from '../hooks/useMeetings';

const MAX_SLOTS = 5;
const MAX_LOCATION = 300;

interface SlotRow {
  startsAt: string | null;
  durationMinutes: number | string;
}

const emptyRow = (): SlotRow => ({ startsAt: null, durationMinutes: 60 });

const validDuration = (d: number | string) => typeof d === 'number' && Number.isInteger(d) && d >= 15 && d <= 240;

/** Up to five times in the proposer's own time zone; the server refuses past times and checks the rest again. */
export function MeetingProposalForm({ kinds, busy, onSubmit }: { kinds: MeetingKind[]; busy: boolean; onSubmit: (draft: ProposalDraft) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<MeetingKind>(kinds[0]);
  const [rows, setRows] = useState<SlotRow[]>([emptyRow()]);
  const [location, setLocation] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const now = dayjs();
  const rowError = (row: SlotRow) => {
    if (!row.startsAt) return t('meetings.form.timeRequired');
    if (!dayjs(row.startsAt).isAfter(now)) return t('meetings.form.timeInPast');
    return null;
  };
  const valid = rows.every((r) => !rowError(r) && validDuration(r.durationMinutes)) && location.length <= MAX_LOCATION;
  const update = (i: number, patch: Partial<SlotRow>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const submit = async () => {
    setSubmitted(true);
    if (!valid) return;
    const ok = await onSubmit({
      kind,
      location,
      slots: rows.map((r) => ({ startsAt: dayjs(r.startsAt).toISOString(), durationMinutes: Number(r.durationMinutes) })),
    });
    if (ok) {
      setRows([emptyRow()]);
      setLocation('');
      setSubmitted(false);
    }
  };

  return (
    <Stack gap="sm" component="form" aria-label={t('meetings.form.title')} onSubmit={(e) => (e.preventDefault(), void submit())}>
      {kinds.length > 1 && (
        <SegmentedControl
          value={kind}
          onChange={(value) => setKind(value as MeetingKind)}
          data={kinds.map((k) => ({ value: k, label: t(`meetings.kind.${k}`) }))}
          aria-label={t('meetings.form.kind')}
        />
      )}
      {rows.map((row, i) => (
        <Group key={i} align="flex-end" gap="xs" wrap="wrap">
          <DateTimePicker
            label={t('meetings.form.slot', { n: i + 1 })}
            value={row.startsAt}
            onChange={(value) => update(i, { startsAt: value })}
            minDate={now.toDate()}
            valueFormat="lll"
            error={submitted ? rowError(row) : null}
            style={{ flex: '1 1 14rem' }}
          />
          <NumberInput
            label={t('meetings.form.duration')}
            min={15}
            max={240}
            step={15}
            value={row.durationMinutes}
            onChange={(value) => update(i, { durationMinutes: value })}
            error={submitted && !validDuration(row.durationMinutes) ? t('meetings.form.durationRange') : null}
            w={130}
          />
          {rows.length > 1 && (
            <ActionIcon variant="subtle" color="gray" aria-label={t('meetings.form.removeSlot', { n: i + 1 })} onClick={() => setRows(rows.filter((_, j) => j !== i))} mb={4}>
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      {rows.length < MAX_SLOTS && (
        <Button variant="subtle" size="compact-sm" onClick={() => setRows([...rows, emptyRow()])} style={{ alignSelf: 'flex-start' }}>
          {t('meetings.form.addSlot')}
        </Button>
      )}
      <TextInput
        label={t('meetings.form.location')}
        description={t('meetings.form.locationHint')}
        value={location}
        maxLength={MAX_LOCATION}
        onChange={(e) => setLocation(e.currentTarget.value)}
      />
      <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
        {t('meetings.form.submit')}
      </Button>
    </Stack>
  );
}
