import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { MatchProposalCard } from '../../matches/components/MatchProposalCard';
import { useMatches } from '../../matches/hooks/useMatches';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { QueryState } from '../../ui/components/QueryState';

export function RoleProposals({ roleId }: { roleId: string }) {
  const { t } = useTranslation();
  const { matches, loading, error, refetch, hasNextPage, loadingMore, loadMore } = useMatches({ roleId });
  return (
    <Stack gap="sm" mt="xs">
      <Title order={4} size="h5">
        {t('needs.detail.proposals')}
      </Title>
      <QueryState
        loading={loading}
        error={error}
        onRetry={refetch}
        empty={matches.length === 0}
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
