import { useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, NativeSelect, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHandFinger } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CurationBoardDocument, type MatchStatus } from '../../../generated/graphql';
import { MATCH_STATUSES_BY_PROGRESS } from '../../domain/enums';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { MatchProposalCard } from '../../matches/components/MatchProposalCard';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useLoadMore } from '../../ui/hooks/useLoadMore';
import { useProposalDecisions } from '../hooks/useProposalDecisions';
import { ManualMatchDialog } from './ManualMatchDialog';
import { ProposalBulkBar } from './ProposalBulkBar';

const STATUSES = MATCH_STATUSES_BY_PROGRESS;

export function CurationBoardPage() {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const [status, setStatus] = useState<MatchStatus>('PROPOSED');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [manualOpen, manual] = useDisclosure(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(CurationBoardDocument, { variables: { filter: { sides: ['CURATOR'], statuses: [status] }, first: 50 } });
  const more = useLoadMore(data?.matches, fetchMore);
  const { decide, busy } = useProposalDecisions();
  const proposals = data?.matches.nodes ?? [];
  const decidable = proposals.filter((m) => m.allowedActions.includes('APPROVE') || m.allowedActions.includes('REJECT'));

  const toggle = (id: string, checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  const decideSelected = async (kind: 'approve' | 'reject', reason?: string) => {
    await decide(kind, [...selected], reason);
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
      <NativeSelect
        label={t('curation.board.statusFilter')}
        maw={260}
        value={status}
        onChange={(event) => {
          setStatus(STATUSES.find((s) => s === event.currentTarget.value) ?? 'PROPOSED');
          setSelected(new Set());
        }}
        data={STATUSES.map((s) => ({ value: s, label: domainLabel('matchStatus', s) }))}
      />
      {decidable.length > 0 && (
        <ProposalBulkBar
          total={decidable.length}
          selected={selected.size}
          busy={busy}
          onToggleAll={(checked) => setSelected(checked ? new Set(decidable.map((m) => m.id)) : new Set())}
          onApprove={() => void decideSelected('approve')}
          onReject={(reason) => void decideSelected('reject', reason)}
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
          {proposals.map((match) => {
            const canDecide = decidable.includes(match);
            return (
              <Group key={match.id} align="flex-start" wrap="nowrap" gap="sm">
                {canDecide && (
                  <Checkbox
                    mt="md"
                    aria-label={t('curation.board.select', { role: `${match.need.title} · ${match.role.title}` })}
                    checked={selected.has(match.id)}
                    onChange={(event) => toggle(match.id, event.currentTarget.checked)}
                  />
                )}
                <div style={{ flex: 1, minWidth: 0 }}>
                  <MatchProposalCard
                    match={match}
                    perspective="curator"
                    footer={
                      canDecide && (
                        <Group gap="xs">
                          {match.allowedActions.includes('APPROVE') && (
                            <Button size="xs" color="teal" loading={busy} onClick={() => void decide('approve', [match.id])}>
                              {t('curation.board.approve')}
                            </Button>
                          )}
                          {match.allowedActions.includes('REJECT') && (
                            <Button size="xs" color="red" variant="light" loading={busy} onClick={() => void decide('reject', [match.id])}>
                              {t('curation.board.reject')}
                            </Button>
                          )}
                        </Group>
                      )
                    }
                  />
                </div>
              </Group>
            );
          })}
          <LoadMoreButton hasNextPage={more.hasNextPage} loading={more.loadingMore} onLoadMore={more.loadMore} />
        </Stack>
      </QueryState>
      <ManualMatchDialog opened={manualOpen} onClose={manual.close} />
    </Stack>
  );
}
