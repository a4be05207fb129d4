import { Alert, Stack, Title } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '../../i18n/hooks/useFormatters';
import { MatchProposalCard } from '../../matches/components/MatchProposalCard';
import { useMatches } from '../../matches/hooks/useMatches';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { QueryState } from '../../ui/components/QueryState';

export interface CurationWait {
  count: number;
  since: string;
}

/** A role's proposals as the nonprofit sees them, and how many still wait for the curator. */
export function RoleProposals({ roleId, awaitingCuration = null }: { roleId: string; awaitingCuration?: CurationWait | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { matches, loading, error, refetch, hasNextPage, loadingMore, loadMore } = useMatches({ roleId });
  const waiting = awaitingCuration && awaitingCuration.count > 0 ? awaitingCuration : null;
  return (
    <Stack gap="sm" mt="xs">
      <Title order={4} size="h5">
        {t('needs.detail.proposals')}
      </Title>
      {waiting && (
        <Alert color="blue" variant="light" icon={<IconHourglass size={18} />} title={matches.length === 0 ? t('needs.detail.withCuratorTitle') : undefined}>
          {t('needs.detail.withCurator', { count: waiting.count, date: format.date(waiting.since) })}
        </Alert>
      )}
      <QueryState
        loading={loading}
        error={error}
        onRetry={refetch}
        empty={matches.length === 0 && !waiting}
        emptyState={{ title: t('needs.detail.noProposalsTitle'), description: t('needs.detail.noProposalsBody') }}
      >
        {matches.map((match) => (
          <MatchProposalCard key={match.id} match={match} perspective="nonprofit" />
        ))}
        <LoadMoreButton hasNextPage={hasNextPage} loading={loadingMore} onLoadMore={loadMore} />
      </QueryState>
    </Stack>
  );
}
