import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

export type EndMatchKind = 'withdraw' | 'cancel';

/** Withdrawing an offer (reason optional) or cancelling a match (reason required); both sides see the reason in the timeline. */
export function EndMatchDialog({
  kind,
  opened,
  onClose,
  onConfirm,
  submitting,
}: {
  kind: EndMatchKind;
  opened: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<void>;
  submitting: boolean;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value: string) => (kind === 'cancel' && !value.trim() ? t('matchPage.end.reasonRequired') : null) },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t(`matchPage.end.${kind}.title`)} centered>
      <form onSubmit={form.onSubmit(async ({ reason }) => onConfirm(reason.trim()))} noValidate>
        <Stack>
          <Textarea label={t('matchPage.end.reason')} required={kind === 'cancel'} autosize minRows={2} maxLength={1000} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('matchPage.end.keep')}
            </Button>
            <Button type="submit" color="red" loading={submitting}>
              {t(`matchPage.end.${kind}.confirm`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
