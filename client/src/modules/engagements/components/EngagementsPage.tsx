import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { MatchCardFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { MatchProposalCard } from '../../matches/components/MatchProposalCard';
import { useMatchActions } from '../../matches/hooks/useMatchActions';
import { useMatches } from '../../matches/hooks/useMatches';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';

function EngagementActions({ match }: { match: MatchCardFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const actions = useMatchActions();
  const allowed = new Set(match.allowedActions);
  return (
    <Stack gap="xs">
      {match.confirmedAt && (
        <Text size="xs" c="dimmed">
          {t('engagements.since', { date: format.date(match.confirmedAt) })}
        </Text>
      )}
      <Group gap="xs">
        {allowed.has('START') && (
          <Button size="sm" loading={actions.busy} onClick={() => void actions.start(match)}>
            {t('engagements.start')}
          </Button>
        )}
        {allowed.has('COMPLETE') && (
          <Button size="sm" color="teal" loading={actions.busy} onClick={() => void actions.complete(match)}>
            {t('engagements.complete')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

export function EngagementsPage() {
  const { t } = useTranslation();
  const { matches, loading, error, refetch, hasNextPage, loadingMore, loadMore } = useMatches({ mine: true, statuses: ['CONFIRMED', 'ACTIVE', 'COMPLETED'] });
  return (
    <Stack>
      <PageHeader title={t('engagements.title')} description={t('engagements.description')} />
      <QueryState loading={loading} error={error} onRetry={refetch} empty={matches.length === 0} emptyState={{ title: t('engagements.emptyTitle'), description: t('engagements.emptyBody') }}>
        <Stack gap="md">
          {matches.map((match) => (
            <MatchProposalCard key={match.id} match={match} perspective="candidate" footer={<EngagementActions match={match} />} />
          ))}
          <LoadMoreButton hasNextPage={hasNextPage} loading={loadingMore} onLoadMore={loadMore} />
        </Stack>
      </QueryState>
    </Stack>
  );
}
