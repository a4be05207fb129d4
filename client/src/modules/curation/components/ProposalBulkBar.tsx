import { Button, Checkbox, Group, Paper, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ProposalBulkBarProps {
  total: number;
  selected: number;
  onToggleAll: (checked: boolean) => void;
  onApprove: () => void;
  onReject: (reason: string) => void;
  busy: boolean;
}

export function ProposalBulkBar({ total, selected, onToggleAll, onApprove, onReject, busy }: ProposalBulkBarProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Paper withBorder p="sm" pos="sticky" top={68} style={{ zIndex: 2 }}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Checkbox
          label={t('curation.board.selectAll')}
          checked={total > 0 && selected === total}
          indeterminate={selected > 0 && selected < total}
          onChange={(event) => onToggleAll(event.currentTarget.checked)}
        />
        <Group gap="xs" align="flex-end">
          <Textarea
            label={t('curation.board.rejectReason')}
            size="xs"
            autosize
            minRows={1}
            maxRows={3}
            w={220}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Button color="teal" disabled={selected === 0} loading={busy} onClick={onApprove}>
            {t('curation.board.approveSelected', { count: selected })}
          </Button>
          <Button color="red" variant="light" disabled={selected === 0} loading={busy} onClick={() => onReject(reason.trim())}>
            {t('curation.board.rejectSelected', { count: selected })}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
