import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import type { ShortlistEntry } from '../hooks/useShortlist';

export interface ProposeInsteadDialogProps {
  entry: ShortlistEntry | null;
  /** Whether the current proposal is withdrawn in the same step. */
  replaces: boolean;
  busy: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

export function ProposeInsteadDialog({ entry, replaces, busy, error, onConfirm, onClose }: ProposeInsteadDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const tooShort = reason.trim().length < 3;
  return (
    <Modal opened={entry !== null} onClose={onClose} title={t('shortlist.confirm.title', { name: entry?.candidateName ?? '' })} centered>
      <Stack>
        <FormErrorAlert error={error} />
        <Text size="sm">{replaces ? t('shortlist.confirm.replaces') : t('shortlist.confirm.adds')}</Text>
        <Textarea
          label={t('shortlist.confirm.reason')}
          description={t('shortlist.confirm.reasonHint')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} disabled={tooShort} onClick={() => onConfirm(reason.trim())}>
            {t('shortlist.proposeInstead')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
