import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { MeetingKind } from '../../../generated/graphql';
import { QueryState } from '../../ui/components/QueryState';
import { MEETING_STATUSES, useMeetings } from '../hooks/useMeetings';
import { MeetingCard } from './MeetingCard';
import { MeetingProposalForm } from './MeetingProposalForm';

const KINDS: MeetingKind[] = ['KICK_OFF', 'SCOPING_CALL'];

/** The match page's scoping call and kick-off: propose times, pick one, add it to a calendar. */
export function MatchMeetings({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const m = useMeetings(matchId);
  const live = m.status !== null && MEETING_STATUSES.includes(m.status);
  // One open proposal per kind: a kind with one open is arranged from that proposal.
  const free = KINDS.filter((kind) => !m.meetings.some((x) => x.kind === kind && x.status === 'OPEN'));
  if (!m.loading && !m.error && !live && m.meetings.length === 0) return null;
  return (
    <section aria-labelledby="match-meetings" data-testid="match-meetings">
      <Title order={2} size="h4" id="match-meetings" mb="xs">
        {t('meetings.title')}
      </Title>
      <QueryState loading={m.loading} error={m.error} onRetry={m.refetch}>
        <Stack gap="md">
          {m.meetings.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('meetings.empty')}
            </Text>
          )}
          {m.meetings.map((meeting) => (
            <MeetingCard
              key={meeting.id}
              meeting={meeting}
              busy={m.busy}
              onPick={(slotId) => void m.pick(meeting.id, slotId)}
              onWithdraw={() => void m.withdraw(meeting.id)}
              onDownload={() => void m.downloadIcs(meeting)}
            />
          ))}
          {live && free.length > 0 && <MeetingProposalForm key={free.join()} kinds={free} busy={m.busy} onSubmit={m.propose} />}
        </Stack>
      </QueryState>
    </section>
  );
}
