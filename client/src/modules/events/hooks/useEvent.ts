import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import {
  EventAttendeesDocument,
  EventPageDocument,
  EventScheduleStatus,
  EventsDocument,
  EventsWhen,
  ImportEventAttendeesDocument,
  type ImportEventAttendeesInput,
  MyAgendaDocument,
  OfferFromEventMeetingDocument,
  RateEventMeetingDocument,
  RemoveEventAttendeeDocument,
  ScheduleEventDocument,
  SetEventAttendeeSlotsDocument,
} from '../../../generated/graphql';
import { useLoadMore } from '../../ui/hooks/useLoadMore';
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

export function useEvents(when: EventsWhen) {
  const { data, loading, error, refetch, fetchMore } = useQuery(EventsDocument, { variables: { when, first: 20 } });
  const more = useLoadMore(data?.events, fetchMore);
  return { events: data?.events.nodes ?? [], loading: loading && !data, error, refetch: () => void refetch(), ...more };
}

export function useEventAttendees(eventId: string) {
  const { data, loading, error, refetch, fetchMore } = useQuery(EventAttendeesDocument, { variables: { eventId, first: 50 } });
  const more = useLoadMore(data?.event.attendees, fetchMore);
  return {
    attendees: data?.event.attendees.nodes ?? [],
    totalCount: data?.event.attendees.totalCount ?? 0,
    loading: loading && !data,
    error,
    refetch: () => void refetch(),
    ...more,
  };
}

/** Refetches what an attendee change moves: the list and the event's count. */
const ATTENDEE_QUERIES = ['EventAttendees', 'EventPage'];

export function useImportEventAttendees() {
  const [run, { loading }] = useMutation(ImportEventAttendeesDocument, { refetchQueries: ATTENDEE_QUERIES });
  return { importAttendees: async (input: ImportEventAttendeesInput) => (await run({ variables: { input } })).data?.importEventAttendees ?? null, loading };
}

export function useEventAttendeeChanges() {
  const notifyError = useNotifyError();
  const [setSlots] = useMutation(SetEventAttendeeSlotsDocument, { refetchQueries: ATTENDEE_QUERIES });
  const [remove] = useMutation(RemoveEventAttendeeDocument, { refetchQueries: ATTENDEE_QUERIES });
  const guarded = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (e) {
      notifyError(e);
    }
  };
  return {
    setSlots: (attendeeId: string, availableSlotIds: string[]) => guarded(() => setSlots({ variables: { input: { attendeeId, availableSlotIds } } })),
    remove: (attendeeId: string) => guarded(() => remove({ variables: { attendeeId } })),
  };
}

/** A good meeting becomes an offer; the lists refetch so the button goes once it no longer works. */
export function useOfferFromEventMeeting() {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [offer, { loading }] = useMutation(OfferFromEventMeetingDocument, { refetchQueries: ['MyAgenda', 'EventPage'] });
  return {
    offer: async (meetingId: string) => {
      try {
        await offer({ variables: { meetingId } });
        notifications.show({ color: 'green', message: t('events.offerMade') });
      } catch (e) {
        notifyError(e);
      }
    },
    loading,
  };
}
