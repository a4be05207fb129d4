import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { useDomainLabel } from '../../domain/hooks/useDomainLabel';

export const DECLINE_REASONS = ['NO_TIME', 'SKILLS_MISMATCH', 'NOT_INTERESTED', 'TIMING', 'LANGUAGE', 'FOUND_SOMEONE_ELSE', 'OTHER'] as const;
export type DeclineReasonValue = (typeof DECLINE_REASONS)[number];

export interface DeclineDialogProps {
  opened: boolean;
  onClose: () => void;
  onConfirm: (reason: DeclineReasonValue, note: string) => Promise<void>;
  submitting?: boolean;
  title?: string;
}

export function DeclineDialog({ opened, onClose, onConfirm, submitting = false, title }: DeclineDialogProps) {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const form = useForm<{ reason: string; note: string }>({
    initialValues: { reason: '', note: '' },
    validate: { reason: (value) => (value ? null : t('matches.declineDialog.reasonRequired')) },
  });
  const close = () => {
    form.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={title ?? t('matches.declineDialog.title')} centered>
      <form
        onSubmit={form.onSubmit(async ({ reason, note }) => {
          await onConfirm(reason as DeclineReasonValue, note.trim());
          form.reset();
        })}
        noValidate
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('matches.declineDialog.body')}
          </Text>
          <Select
            label={t('matches.declineDialog.reason')}
            required
            data={DECLINE_REASONS.map((value) => ({ value, label: domainLabel('declineReason', value) }))}
            {...form.getInputProps('reason')}
          />
          <Textarea label={t('matches.declineDialog.note')} autosize minRows={2} maxRows={6} maxLength={1000} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={submitting}>
              {t('matches.declineDialog.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
