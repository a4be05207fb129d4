import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useProposalDecisions } from '../../curation/hooks/useProposalDecisions';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { useMatchActions } from '../hooks/useMatchActions';
import type { MatchPageMatch, MatchSides } from '../matchSides';
import { EndMatchDialog, type EndMatchKind } from './EndMatchDialog';
import { EngagementActions, unconfirmedHoursOf } from './EngagementActions';
import { RespondButtons } from './RespondButtons';

/** What the viewer may do now, from the API's allowedActions, with the buttons the offers, engagements and curation pages use. */
export function MatchActionsPanel({ match, sides }: { match: MatchPageMatch; sides: MatchSides }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const actions = useMatchActions();
  const decisions = useProposalDecisions();
  const allowed = new Set(match.allowedActions);
  const respond = allowed.has('ACCEPT') || allowed.has('DECLINE');
  const engagement = allowed.has('START') || allowed.has('COMPLETE');
  const decide = allowed.has('APPROVE') || allowed.has('REJECT');
  const end = allowed.has('WITHDRAW') || allowed.has('CANCEL');
  // The employer answers on the company page, where the review table keeps all its sign-offs together.
  const signOff = allowed.has('APPROVE_SIGN_OFF') || allowed.has('DECLINE_SIGN_OFF');
  const [ending, setEnding] = useState<EndMatchKind | null>(null);
  const acceptedByMe = sides.candidate ? match.candidateAcceptedAt : sides.nonprofit ? match.nonprofitAcceptedAt : null;
  return (
    <section aria-labelledby="match-actions">
      <Title order={2} size="h4" id="match-actions" mb="xs">
        {t('matchPage.actions.title')}
      </Title>
      <Stack gap="sm">
        {match.status === 'OFFERED' && (sides.candidate || sides.nonprofit) && (
          <Text size="sm">{acceptedByMe ? t('matches.actions.waitingForOther') : t('matches.actions.waitingForYou')}</Text>
        )}
        {match.status === 'OFFERED' && match.expiresAt && (
          <Text size="xs" c="dimmed">
            {t('matches.actions.expires', { date: format.dateTime(match.expiresAt) })}
          </Text>
        )}
        {respond && (
          <RespondButtons
            onAccept={allowed.has('ACCEPT') ? () => actions.accept(match) : undefined}
            onDecline={allowed.has('DECLINE') ? (reason, note) => actions.decline(match, reason, note) : undefined}
            busy={actions.busy}
          />
        )}
        {engagement && <EngagementActions match={match} unconfirmedHours={unconfirmedHoursOf(match.hoursLogs)} />}
        {decide && (
          <Group gap="xs">
            {allowed.has('APPROVE') && (
              <Button color="teal" loading={decisions.busy} onClick={() => void decisions.decide('approve', [match.id])}>
                {t('matchPage.actions.approve')}
              </Button>
            )}
            {allowed.has('REJECT') && (
              <Button variant="default" disabled={decisions.busy} onClick={() => void decisions.decide('reject', [match.id])}>
                {t('matchPage.actions.reject')}
              </Button>
            )}
          </Group>
        )}
        {end && (
          <Group gap="xs">
            {allowed.has('WITHDRAW') && (
              <Button variant="light" color="red" disabled={actions.busy} onClick={() => setEnding('withdraw')}>
                {t('matchPage.end.withdraw.button')}
              </Button>
            )}
            {allowed.has('CANCEL') && (
              <Button variant="light" color="red" disabled={actions.busy} onClick={() => setEnding('cancel')}>
                {t('matchPage.end.cancel.button')}
              </Button>
            )}
          </Group>
        )}
        {ending && (
          <EndMatchDialog
            kind={ending}
            opened
            onClose={() => setEnding(null)}
            submitting={actions.busy}
            onConfirm={async (reason) => {
              await (ending === 'withdraw' ? actions.withdraw(match, reason) : actions.cancel(match, reason));
              setEnding(null);
            }}
          />
        )}
        {signOff && (
          <Group gap="xs">
            <Text size="sm">{t('matchPage.signOff.yours')}</Text>
            <Button component={Link} to="/company/employees" variant="light">
              {t('matchPage.signOff.review')}
            </Button>
          </Group>
        )}
        {!respond && !engagement && !decide && !end && !signOff && (
          <Text size="sm" c="dimmed">
            {sides.candidate || sides.nonprofit ? t('matchPage.actions.none') : t('matchPage.actions.readOnly')}
          </Text>
        )}
      </Stack>
    </section>
  );
}
