import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

export function CancelNeedDialog({
  opened,
  onClose,
  onConfirm,
  submitting,
}: {
  opened: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<void>;
  submitting: boolean;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value: string) => (value.trim() ? null : t('needs.detail.cancelReasonRequired')) },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('needs.detail.cancelConfirm')} centered>
      <form onSubmit={form.onSubmit(async ({ reason }) => onConfirm(reason.trim()))} noValidate>
        <Stack>
          <Textarea label={t('needs.detail.cancelReason')} required autosize minRows={2} maxLength={1000} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('needs.detail.keep')}
            </Button>
            <Button type="submit" color="red" loading={submitting}>
              {t('needs.detail.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
