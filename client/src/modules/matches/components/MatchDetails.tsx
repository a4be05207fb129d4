import { Anchor, Badge, Card, Grid, Group, Stack, Text, Title, useMatches } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { StatusBadge } from '../../domain/components/StatusBadge';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { EngagementHours } from '../../engagements/components/EngagementHours';
import { useHoursActions } from '../../engagements/hooks/useHoursActions';
import { FollowUpQuestion } from '../../followUps/components/FollowUpQuestion';
import { MatchMeetings } from '../../meetings/components/MatchMeetings';
import { AlternativesPanel } from '../../shortlist/components/AlternativesPanel';
import { PageHeader } from '../../ui/components/PageHeader';
import { AGREED_STATUSES, feedbackDirection, type MatchPageMatch, type MatchSides } from '../matchSides';
import { MatchActionsPanel } from './MatchActionsPanel';
import { MatchFeedback } from './MatchFeedback';
import { MatchPeople } from './MatchPeople';
import { MatchReasons } from './MatchReasons';
import { MatchSkills } from './MatchSkills';
import { MatchThreadSlot } from './MatchThreadSlot';
import { MatchTimeline } from './MatchTimeline';
import { SignOffNotice } from './SignOffNotice';

const LOGGABLE = new Set(['CONFIRMED', 'ACTIVE']);

function MatchHours({ match, sides }: { match: MatchPageMatch; sides: MatchSides }) {
  const { t } = useTranslation();
  const hours = useHoursActions();
  if (match.candidateKind === 'FUNDING' || !AGREED_STATUSES.has(match.status)) return null;
  return (
    <section aria-labelledby="match-hours">
      <Title order={2} size="h4" id="match-hours" mb="xs">
        {t('matchPage.hours.title')}
      </Title>
      <EngagementHours
        logs={match.hoursLogs}
        confirmedHours={match.confirmedHours}
        canLog={sides.candidate && LOGGABLE.has(match.status)}
        canReview={sides.nonprofit}
        onLog={(values) => hours.log(match.id, values)}
        onConfirm={hours.confirm}
        onDispute={hours.dispute}
        busy={hours.logging || hours.reviewing}
      />
      {match.hoursLogs.length === 0 && !(sides.candidate && LOGGABLE.has(match.status)) && (
        <Text size="sm" c="dimmed">
          {t('matchPage.hours.none')}
        </Text>
      )}
    </section>
  );
}

/** Everything about one match for everyone involved; what each may see and do comes from the API. */
export function MatchDetails({ match, sides }: { match: MatchPageMatch; sides: MatchSides }) {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const wide = useMatches({ base: false, md: true });
  const actions = (
    <Card withBorder padding="md">
      <MatchActionsPanel match={match} sides={sides} />
    </Card>
  );
  const main = (
    <Stack gap="lg">
      <MatchPeople match={match} />
      <section aria-labelledby="match-why">
        <Title order={2} size="h4" id="match-why" mb="xs">
          {t('matchPage.why')}
        </Title>
        <Card withBorder padding="md">
          <MatchReasons
            score={match.score}
            reasons={match.reasons}
            breakdown={match.breakdown}
            explanation={match.explanation}
            manual={match.manual}
            currency={match.role.currency}
          />
        </Card>
      </section>
      <AlternativesPanel match={match} />
      <MatchSkills match={match} />
      <MatchMeetings matchId={match.id} />
      <MatchHours match={match} sides={sides} />
      <MatchFeedback match={match} direction={feedbackDirection(sides)} />
      <FollowUpQuestion matchId={match.id} followUp={match.followUp} canAnswer={sides.nonprofit} />
      <MatchThreadSlot matchId={match.id} />
    </Stack>
  );
  return (
    <Stack gap="lg">
      <PageHeader
        title={match.need.title}
        description={
          <>
            {t('matchPage.subtitle', { role: match.role.title, organization: match.need.nonprofit.name })} ·{' '}
            <Anchor component={Link} to={`/needs/${match.need.id}`}>
              {t('matchPage.openNeed')}
            </Anchor>
          </>
        }
      />
      <Group gap="xs" mt={-12}>
        <StatusBadge kind="match" status={match.status} />
        <Badge variant="light">{domainLabel('roleKind', match.candidateKind)}</Badge>
        {match.statusNote && match.status !== 'EMPLOYER_DECLINED' && (
          <Text size="sm" c="dimmed">
            {match.statusNote}
          </Text>
        )}
      </Group>
      <SignOffNotice status={match.status} statusNote={match.statusNote} />
      {wide ? (
        <Grid gap="lg">
          <Grid.Col span={8}>{main}</Grid.Col>
          <Grid.Col span={4}>
            <Stack gap="lg">
              {actions}
              <MatchTimeline match={match} />
            </Stack>
          </Grid.Col>
        </Grid>
      ) : (
        // On a phone what the reader can do comes first, the history last.
        <Stack gap="lg">
          {actions}
          {main}
          <MatchTimeline match={match} />
        </Stack>
      )}
    </Stack>
  );
}
