import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';

import {
  MatchMeetingsDocument,
  type MeetingFieldsFragment,
  MeetingIcsDocument,
  type MeetingKind,
  PickMeetingTimeDocument,
  ProposeMeetingTimesDocument,
  WithdrawMeetingProposalDocument,
} from '../../../generated/graphql';
import { useNotifyError } from '../../ui/hooks/useNotifyError';

/** Meetings are arranged on confirmed and active matches; the server refuses the rest too. */
export const MEETING_STATUSES: readonly string[] = ['CONFIRMED', 'ACTIVE'];

export interface SlotDraft {
  startsAt: string;
  durationMinutes: number;
}

export interface ProposalDraft {
  kind: MeetingKind;
  slots: SlotDraft[];
  location: string;
  replacesId?: string | null;
}

/** The browser's IANA time zone: shown to the other side beside the proposed times. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Downloads text as a file through a Blob: the client's fallback route answers every GET, so the API hands the text over GraphQL. */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export function icsFilename(meeting: Pick<MeetingFieldsFragment, 'kind' | 'chosenSlot'>): string {
  const day = meeting.chosenSlot ? meeting.chosenSlot.startsAt.slice(0, 10) : 'meeting';
  return `rally-${meeting.kind.toLowerCase().replace('_', '-')}-${day}.ics`;
}

/** The scoping calls and kick-offs of one match, and what one may do with them. */
export function useMeetings(matchId: string) {
  const notifyError = useNotifyError();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(MatchMeetingsDocument, { variables: { matchId } });
  const refetchQueries = ['MatchMeetings'];
  const [propose, proposing] = useMutation(ProposeMeetingTimesDocument, { refetchQueries, awaitRefetchQueries: true });
  const [pick, picking] = useMutation(PickMeetingTimeDocument, { refetchQueries, awaitRefetchQueries: true });
  const [withdraw, withdrawing] = useMutation(WithdrawMeetingProposalDocument, { refetchQueries, awaitRefetchQueries: true });

  const attempt = async (work: () => Promise<unknown>): Promise<boolean> => {
    try {
      await work();
      return true;
    } catch (e) {
      notifyError(e);
      void refetch();
      return false;
    }
  };

  return {
    meetings: data?.match.meetings ?? [],
    status: data?.match.status ?? null,
    loading: loading && !data,
    error,
    refetch: () => void refetch(),
    busy: proposing.loading || picking.loading || withdrawing.loading,
    propose: (draft: ProposalDraft) =>
      attempt(() =>
        propose({
          variables: {
            input: {
              matchId,
              kind: draft.kind,
              timeZone: browserTimeZone(),
              location: draft.location.trim() || null,
              slots: draft.slots,
              replacesId: draft.replacesId ?? null,
            },
          },
        }),
      ),
    pick: (meetingId: string, slotId: string) => attempt(() => pick({ variables: { meetingId, slotId } })),
    withdraw: (meetingId: string) => attempt(() => withdraw({ variables: { meetingId } })),
    downloadIcs: (meeting: MeetingFieldsFragment) =>
      attempt(async () => {
        const result = await client.query({ query: MeetingIcsDocument, variables: { matchId }, fetchPolicy: 'network-only' });
        const ics = result.data?.match.meetings.find((m) => m.id === meeting.id)?.ics;
        if (!ics) throw new Error('No calendar file for this meeting yet');
        downloadText(ics, icsFilename(meeting), 'text/calendar');
      }),
  };
}
