import { Button, Checkbox, Group, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ProposalBulkBarProps {
  total: number;
  selected: number;
  onToggleAll: (checked: boolean) => void;
  onApprove: () => void;
  /** Opens the reason dialog; the rejection itself waits there. */
  onReject: () => void;
  busy: boolean;
}

export function ProposalBulkBar({ total, selected, onToggleAll, onApprove, onReject, busy }: ProposalBulkBarProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" pos="sticky" top={68} style={{ zIndex: 2 }}>
      <Group justify="space-between" align="center" gap="sm">
        <Checkbox
          label={t('curation.board.selectAll')}
          checked={total > 0 && selected === total}
          indeterminate={selected > 0 && selected < total}
          onChange={(event) => onToggleAll(event.currentTarget.checked)}
        />
        <Group gap="xs">
          <Button color="teal" disabled={selected === 0} loading={busy} onClick={onApprove}>
            {t('curation.board.approveSelected', { count: selected })}
          </Button>
          <Button color="red" variant="light" disabled={selected === 0} onClick={onReject}>
            {t('curation.board.rejectSelected', { count: selected })}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
