import { Button, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { EngagementsQuery, MatchCardFieldsFragment } from '../../../generated/graphql';
import { useAuth } from '../../auth/hooks/useAuth';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { MatchProposalCard } from '../../matches/components/MatchProposalCard';
import { useMatchActions } from '../../matches/hooks/useMatchActions';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useEngagements } from '../hooks/useEngagements';
import { useHoursActions } from '../hooks/useHoursActions';
import { CompleteEngagementDialog } from './CompleteEngagementDialog';
import { EngagementHours } from './EngagementHours';

type Engagement = EngagementsQuery['matches']['nodes'][number];

const LOGGABLE = new Set(['CONFIRMED', 'ACTIVE']);

/** Hours logged on the engagement that the nonprofit has not confirmed yet. */
export const unconfirmedHoursOf = (logs: readonly { hours: number; status: string }[]): number =>
  logs.filter((log) => log.status !== 'CONFIRMED').reduce((sum, log) => sum + log.hours, 0);

export function EngagementActions({
  match,
  unconfirmedHours = 0,
}: {
  match: Pick<MatchCardFieldsFragment, 'id' | 'version' | 'allowedActions' | 'confirmedAt'>;
  unconfirmedHours?: number;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const actions = useMatchActions();
  const [confirming, setConfirming] = useState(false);
  const allowed = new Set(match.allowedActions);
  const complete = async () => {
    await actions.complete(match);
    setConfirming(false);
  };
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
          <Button size="sm" color="teal" loading={actions.busy} onClick={() => (unconfirmedHours > 0 ? setConfirming(true) : void complete())}>
            {t('engagements.complete')}
          </Button>
        )}
      </Group>
      <CompleteEngagementDialog
        opened={confirming}
        unconfirmedHours={unconfirmedHours}
        submitting={actions.busy}
        onClose={() => setConfirming(false)}
        onConfirm={() => void complete()}
      />
    </Stack>
  );
}

function EngagementCard({ match, forNonprofit }: { match: Engagement; forNonprofit: boolean }) {
  const hours = useHoursActions();
  return (
    <MatchProposalCard
      match={match}
      perspective={forNonprofit ? 'nonprofit' : 'candidate'}
      showNeed={forNonprofit}
      footer={
        <Stack gap="sm">
          <EngagementActions match={match} unconfirmedHours={unconfirmedHoursOf(match.hoursLogs)} />
          <EngagementHours
            logs={match.hoursLogs}
            confirmedHours={match.confirmedHours}
            canLog={!forNonprofit && LOGGABLE.has(match.status)}
            canReview={forNonprofit}
            canEdit={!forNonprofit}
            onLog={(values) => hours.log(match.id, values)}
            onUpdate={hours.update}
            onDelete={hours.remove}
            onConfirm={hours.confirm}
            onDispute={hours.dispute}
            busy={hours.logging || hours.reviewing}
          />
        </Stack>
      }
    />
  );
}

export function EngagementsPage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const nonprofitIds = useMemo(() => new Set(viewer?.memberships.filter((m) => m.organization.kind === 'NONPROFIT').map((m) => m.organization.id)), [viewer]);
  const { engagements, loading, error, refetch, hasNextPage, loadingMore, loadMore } = useEngagements({
    sides: ['NONPROFIT', 'CANDIDATE'],
    statuses: ['CONFIRMED', 'ACTIVE', 'COMPLETED'],
  });
  return (
    <Stack>
      <PageHeader title={t('engagements.title')} description={t('engagements.description')} />
      <QueryState
        loading={loading}
        error={error}
        onRetry={refetch}
        empty={engagements.length === 0}
        emptyState={{ title: t('engagements.emptyTitle'), description: t('engagements.emptyBody') }}
      >
        <Stack gap="md">
          {engagements.map((match) => (
            <EngagementCard key={match.id} match={match} forNonprofit={nonprofitIds.has(match.need.nonprofit.id)} />
          ))}
          <LoadMoreButton hasNextPage={hasNextPage} loading={loadingMore} onLoadMore={loadMore} />
        </Stack>
      </QueryState>
    </Stack>
  );
}
