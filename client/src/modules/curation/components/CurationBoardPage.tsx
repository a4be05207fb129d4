import { useQuery } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHandFinger } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { CurationBoardDocument } from '../../../generated/graphql';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useLoadMore } from '../../ui/hooks/useLoadMore';
import { type BoardFilters, readBoardFilters, toMatchFilter, writeBoardFilters } from '../boardFilters';
import { usePrograms } from '../hooks/usePrograms';
import { useProposalDecisions } from '../hooks/useProposalDecisions';
import { useUndoableReject } from '../hooks/useUndoableReject';
import { groupProposals } from '../proposalGroups';
import { BoardFilterBar } from './BoardFilterBar';
import { ManualMatchDialog } from './ManualMatchDialog';
import { ProposalBulkBar } from './ProposalBulkBar';
import { ProposalGroups } from './ProposalGroups';
import { RejectDialog } from './RejectDialog';

export const BOARD_PAGE_SIZE = 50;

export function CurationBoardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readBoardFilters(params);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [rejecting, setRejecting] = useState<string[] | null>(null);
  const [manualOpen, manual] = useDisclosure(false);
  const { programs } = usePrograms();
  const { data, loading, error, refetch, fetchMore } = useQuery(CurationBoardDocument, {
    variables: { filter: toMatchFilter(filters), orderBy: 'SCORE', first: BOARD_PAGE_SIZE },
  });
  const more = useLoadMore(data?.matches, fetchMore);
  const { decide, busy } = useProposalDecisions();
  const { reject, hidden } = useUndoableReject(decide);
  const proposals = useMemo(() => (data?.matches.nodes ?? []).filter((m) => !hidden.has(m.id)), [data, hidden]);
  const groups = useMemo(() => groupProposals(proposals), [proposals]);
  const decidable = proposals.filter((m) => m.allowedActions.includes('APPROVE') || m.allowedActions.includes('REJECT'));

  const setFilters = (next: BoardFilters) => {
    setParams(writeBoardFilters(next), { replace: true });
    setSelected(new Set());
  };
  const toggle = (id: string, checked: boolean) => setSelected((current) => new Set(checked ? [...current, id] : [...current].filter((s) => s !== id)));
  const approve = async (ids: string[]) => {
    await decide('approve', ids);
    setSelected(new Set());
  };

  return (
    <Stack>
      <PageHeader
        title={t('curation.board.title')}
        description={t('curation.board.description')}
        actions={
          <Button variant="light" leftSection={<IconHandFinger size={16} aria-hidden />} onClick={manual.open}>
            {t('curation.board.manualMatch')}
          </Button>
        }
      />
      <BoardFilterBar filters={filters} programs={programs} onChange={setFilters} />
      {data && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('curation.board.showing', { shown: proposals.length, total: Math.max(data.matches.totalCount - hidden.size, proposals.length) })}
        </Text>
      )}
      {decidable.length > 0 && (
        <ProposalBulkBar
          total={decidable.length}
          selected={selected.size}
          busy={busy}
          onToggleAll={(checked) => setSelected(checked ? new Set(decidable.map((m) => m.id)) : new Set())}
          onApprove={() => void approve([...selected])}
          onReject={() => setRejecting([...selected])}
        />
      )}
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={proposals.length === 0}
        emptyState={{ title: t('curation.board.emptyTitle'), description: t('curation.board.emptyBody') }}
      >
        <Stack gap="md">
          <ProposalGroups groups={groups} selected={selected} busy={busy} onSelect={toggle} onApprove={(id) => void approve([id])} onReject={(id) => setRejecting([id])} />
          <LoadMoreButton hasNextPage={more.hasNextPage} loading={more.loadingMore} onLoadMore={more.loadMore} />
        </Stack>
      </QueryState>
      <RejectDialog
        opened={rejecting !== null}
        count={rejecting?.length ?? 0}
        onClose={() => setRejecting(null)}
        onConfirm={(reason) => {
          if (rejecting) reject(rejecting, reason);
          setSelected(new Set());
        }}
      />
      <ManualMatchDialog opened={manualOpen} onClose={manual.close} />
    </Stack>
  );
}
