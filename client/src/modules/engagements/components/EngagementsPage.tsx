import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { EngagementsQuery } from '../../../generated/graphql';
import { useAuth } from '../../auth/hooks/useAuth';
import { EngagementActions, unconfirmedHoursOf } from '../../matches/components/EngagementActions';
import { MatchProposalCard } from '../../matches/components/MatchProposalCard';
import { SignOffNotice } from '../../matches/components/SignOffNotice';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useEngagements } from '../hooks/useEngagements';
import { useHoursActions } from '../hooks/useHoursActions';
import { EngagementHours } from './EngagementHours';

type Engagement = EngagementsQuery['matches']['nodes'][number];

const LOGGABLE = new Set(['CONFIRMED', 'ACTIVE']);

function EngagementCard({ match, forNonprofit }: { match: Engagement; forNonprofit: boolean }) {
  const hours = useHoursActions();
  return (
    <MatchProposalCard
      match={match}
      perspective={forNonprofit ? 'nonprofit' : 'candidate'}
      showNeed={forNonprofit}
      footer={
        <Stack gap="sm">
          <SignOffNotice status={match.status} statusNote={match.statusNote} />
          <EngagementActions match={match} unconfirmedHours={unconfirmedHoursOf(match.hoursLogs)} />
          <EngagementHours
            logs={match.hoursLogs}
            confirmedHours={match.confirmedHours}
            canLog={!forNonprofit && match.candidateKind !== 'FUNDING' && LOGGABLE.has(match.status)}
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
    // Agreed engagements, and those the volunteer's employer still has to sign off (or refused).
    statuses: ['AWAITING_EMPLOYER', 'CONFIRMED', 'ACTIVE', 'COMPLETED', 'EMPLOYER_DECLINED'],
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
