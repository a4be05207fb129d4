import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';

import { EventPageDocument, EventScheduleStatus, MyAgendaDocument, RateEventMeetingDocument, ScheduleEventDocument } from '../../../generated/graphql';
import { useNotifyError } from '../../ui/hooks/useNotifyError';

// While the worker computes, the page asks again every second: schedules take well under 10 s.
const POLL_MS = 1000;
const busy = (status: EventScheduleStatus | undefined) => status === EventScheduleStatus.Queued || status === EventScheduleStatus.Running;

export function useEvent(eventId: string) {
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(EventPageDocument, { variables: { eventId } });
  const event = data?.event ?? null;
  const polling = busy(event?.scheduleStatus);
  useEffect(() => {
    if (polling) startPolling(POLL_MS);
    else stopPolling();
  }, [polling, startPolling, stopPolling]);
  return { event, loading: loading && !data, error, refetch: () => void refetch() };
}

export function useScheduleEvent() {
  const notifyError = useNotifyError();
  const [schedule, { loading }] = useMutation(ScheduleEventDocument, { refetchQueries: ['EventPage'] });
  return {
    schedule: async (eventId: string) => {
      try {
        await schedule({ variables: { eventId } });
      } catch (e) {
        notifyError(e);
      }
    },
    loading,
  };
}

export function useMyAgenda(eventId: string, skip: boolean) {
  const { data, loading, error, refetch } = useQuery(MyAgendaDocument, { variables: { eventId }, skip });
  return { agenda: data?.myAgenda ?? null, loading: loading && !data, error, refetch: () => void refetch() };
}

export function useRateEventMeeting() {
  const notifyError = useNotifyError();
  const [rate] = useMutation(RateEventMeetingDocument, { refetchQueries: ['MyAgenda'] });
  return async (meetingId: string, rating: number) => {
    try {
      await rate({ variables: { meetingId, rating } });
    } catch (e) {
      notifyError(e);
    }
  };
}
