import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

/** As the API bounds it: the volunteer and the nonprofit read the reason on the match. */
export const MAX_SIGN_OFF_REASON_LENGTH = 1000;

export interface DeclineSignOffDialogProps {
  engagement: { employeeName: string; nonprofitName: string } | null;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<boolean>;
  submitting?: boolean;
}

export function DeclineSignOffDialog({ engagement, onClose, onConfirm, submitting = false }: DeclineSignOffDialogProps) {
  const { t } = useTranslation();
  const form = useForm<{ reason: string }>({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim().length >= 3 ? null : t('company.declineReasonRequired')) },
  });
  const close = () => {
    form.reset();
    onClose();
  };
  return (
    <Modal opened={engagement !== null} onClose={close} title={t('company.declineTitle')} centered>
      <form
        onSubmit={form.onSubmit(async ({ reason }) => {
          if (await onConfirm(reason)) close();
        })}
        noValidate
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('company.declineBody', { employee: engagement?.employeeName ?? '', nonprofit: engagement?.nonprofitName ?? '' })}
          </Text>
          <Textarea label={t('company.declineReason')} required autosize minRows={3} maxRows={8} maxLength={MAX_SIGN_OFF_REASON_LENGTH} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('company.keep')}
            </Button>
            <Button type="submit" color="red" loading={submitting}>
              {t('company.declineConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
