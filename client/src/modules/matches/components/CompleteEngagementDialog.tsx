import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '../../i18n/hooks/useFormatters';

/** Asks before an engagement is marked done while some of its hours still wait for the nonprofit. */
export function CompleteEngagementDialog({
  opened,
  unconfirmedHours,
  onClose,
  onConfirm,
  submitting,
}: {
  opened: boolean;
  unconfirmedHours: number;
  onClose: () => void;
  onConfirm: () => void;
  submitting: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Modal opened={opened} onClose={onClose} title={t('engagements.completeConfirmTitle')} centered>
      <Stack>
        <Text size="sm">{t('engagements.completeConfirmBody', { hours: format.hours(unconfirmedHours) })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="teal" loading={submitting} onClick={onConfirm}>
            {t('engagements.completeAnyway')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
