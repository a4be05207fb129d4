import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export const REJECT_REASONS = ['skills', 'availability', 'conflict', 'betterCandidate', 'other'] as const;
type RejectReason = (typeof REJECT_REASONS)[number];
// The API keeps reasons up to 1,000 characters; the chosen label takes some of them.
const MAX_NOTE = 900;

export interface RejectDialogProps {
  opened: boolean;
  count: number;
  onClose: () => void;
  onConfirm: (reason: string) => void;
}

/** Asks why before a rejection: the reason goes into the match's history for the other curators. */
export function RejectDialog({ opened, count, onClose, onConfirm }: RejectDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<RejectReason | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason(null);
    setNote('');
    setError(null);
    onClose();
  };
  const confirm = () => {
    if (!reason) {
      setError(t('curation.reject.reasonRequired'));
      return;
    }
    const label = t(`curation.reject.reasons.${reason}`);
    onConfirm(note.trim() ? `${label}: ${note.trim()}` : label);
    close();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('curation.reject.title', { count })}>
      <Stack>
        <Select
          label={t('curation.reject.reason')}
          required
          data={REJECT_REASONS.map((value) => ({ value, label: t(`curation.reject.reasons.${value}`) }))}
          value={reason}
          error={error}
          onChange={(value) => {
            setReason(REJECT_REASONS.find((r) => r === value) ?? null);
            setError(null);
          }}
        />
        <Textarea label={t('curation.reject.note')} autosize minRows={2} maxRows={5} maxLength={MAX_NOTE} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={confirm}>
            {t('curation.board.rejectSelected', { count })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
