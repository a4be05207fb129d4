import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import {
  EventAttendeesDocument,
  EventKind,
  EventPageDocument,
  EventScheduleStatus,
  EventSide,
  MyAgendaDocument,
  OfferFromEventMeetingDocument,
  RateEventMeetingDocument,
  ScheduleEventDocument,
} from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { EventPage } from './EventPage';

const base = {
  __typename: 'Event',
  id: 'e1',
  name: 'Pro Bono Rally Tokyo',
  kind: EventKind.InPerson,
  timeZone: 'Asia/Tokyo',
  startsOn: '2027-03-13',
  endsOn: '2027-03-13',
  minMeetingsPerNonprofit: 1,
  scheduleVersion: 1,
  slots: [{ __typename: 'EventSlot', id: 's1', startsAt: '2027-03-13T01:00:00Z', endsAt: '2027-03-13T01:45:00Z' }],
  rooms: [{ __typename: 'EventRoom', id: 'r1', name: 'Table 01' }],
};

const curatorEvent = {
  ...base,
  scheduleStatus: EventScheduleStatus.Done,
  attendeeCount: 120,
  scheduleQuality: {
    __typename: 'ScheduleQualityView',
    totalScore: 35.4,
    meetingsPerPerson: { __typename: 'MeetingsPerPerson', min: 0, mean: 1.9, max: 6 },
    unmetMinimums: 0,
    greedyScore: 30.1,
  },
  schedule: [
    {
      __typename: 'ScheduleGridItem',
      meetingId: 'm1',
      slotId: 's1',
      roomId: 'r1',
      hostName: 'Hana',
      hostOrganization: 'Food Bank Tokyo',
      guestName: 'Kenji Sato',
      score: 0.9,
      canOffer: true,
    },
  ],
};

const attendeeEvent = { ...base, scheduleStatus: EventScheduleStatus.Done, attendeeCount: null, scheduleQuality: null, schedule: [] };

const agenda = {
  __typename: 'MyAgenda',
  ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  meetings: [
    {
      __typename: 'AgendaItem',
      meetingId: 'm1',
      startsAt: '2027-03-13T01:00:00Z',
      endsAt: '2027-03-13T01:45:00Z',
      roomName: 'Table 01',
      videoLink: null,
      counterpartName: 'Hana',
      counterpartOrganization: '<b>Food Bank</b>',
      counterpartSide: EventSide.Nonprofit,
      reasons: 'Skills fit the open role “Treasurer” (90%)',
      myRating: null,
      canOffer: true,
    },
  ],
};

const noAttendees = {
  request: { query: EventAttendeesDocument, variables: { eventId: 'e1', first: 50 } },
  result: {
    data: {
      event: {
        __typename: 'Event',
        id: 'e1',
        attendees: { __typename: 'EventAttendeeConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, nodes: [] },
      },
    },
  },
};

const offerMock = (onOffer: () => void) => ({
  request: { query: OfferFromEventMeetingDocument, variables: { meetingId: 'm1' } },
  result: () => {
    onOffer();
    return { data: { offerFromEventMeeting: { __typename: 'Match', id: 'x1', status: 'OFFERED' } } };
  },
});

const eventMock = (event: object) => ({ request: { query: EventPageDocument, variables: { eventId: 'e1' } }, result: { data: { event } } });

const renderPage = (mocks: object[], language: 'en' | 'de' | 'ja' = 'en') =>
  renderWithProviders(
    <Routes>
      <Route path="/events/:eventId" element={<EventPage />} />
    </Routes>,
    { mocks: mocks as never, route: '/events/e1', language },
  );

describe('EventPage', () => {
  it('shows a curator the figures and the grid, and queues a schedule', async () => {
    let queued = false;
    const scheduleMock = {
      request: { query: ScheduleEventDocument, variables: { eventId: 'e1' } },
      result: () => {
        queued = true;
        return { data: { scheduleEvent: { __typename: 'Event', id: 'e1', scheduleStatus: EventScheduleStatus.Queued, scheduleVersion: 2 } } };
      },
    };
    renderPage([eventMock(curatorEvent), noAttendees, scheduleMock, eventMock(curatorEvent), noAttendees]);
    expect(await screen.findByText('Food Bank Tokyo · Kenji Sato')).toBeInTheDocument();
    expect(screen.getByText('120')).toBeInTheDocument();
    expect(screen.getByText(/0 \/ 1.9 \/ 6/)).toBeInTheDocument();
    expect(screen.getByText('30.1 (+5.3 by the optimizer)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Make an offer to Kenji Sato for Food Bank Tokyo' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Compute schedule' }));
    // The grid is on screen before and after: wait for the mutation itself, not for a text already there.
    await waitFor(() => expect(queued).toBe(true));
  });

  it('shows an attendee their agenda as text, an .ics download and a rating', async () => {
    let rated = 0;
    const rateMock = {
      request: { query: RateEventMeetingDocument, variables: { meetingId: 'm1', rating: 4 } },
      result: () => {
        rated = 4;
        return { data: { rateEventMeeting: { __typename: 'EventMeeting', id: 'm1', hostRating: null, guestRating: 4 } } };
      },
    };
    const agendaMock = { request: { query: MyAgendaDocument, variables: { eventId: 'e1' } }, result: { data: { myAgenda: agenda } } };
    renderPage([eventMock(attendeeEvent), agendaMock, rateMock, agendaMock]);
    expect(await screen.findByText('Hana (<b>Food Bank</b>)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Add to calendar/ })).toHaveAttribute('download', 'agenda.ics');
    expect(screen.queryByRole('button', { name: 'Compute schedule' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Rate 4 of 5' }));
    await waitFor(() => expect(rated).toBe(4));
  });

  it('lets the host of a meeting make an offer from the agenda', async () => {
    let offers = 0;
    const agendaMock = { request: { query: MyAgendaDocument, variables: { eventId: 'e1' } }, result: { data: { myAgenda: agenda } } };
    renderPage([eventMock(attendeeEvent), agendaMock, offerMock(() => offers++), agendaMock, eventMock(attendeeEvent)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Make an offer' }));
    await waitFor(() => expect(offers).toBe(1));
  });

  it('shows no offer button where the meeting cannot become an offer', async () => {
    const agendaMock = {
      request: { query: MyAgendaDocument, variables: { eventId: 'e1' } },
      result: { data: { myAgenda: { ...agenda, meetings: [{ ...agenda.meetings[0], canOffer: false }] } } },
    };
    renderPage([eventMock(attendeeEvent), agendaMock]);
    expect(await screen.findByText('Hana (<b>Food Bank</b>)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Make an offer' })).not.toBeInTheDocument();
  });

  it('tells an attendee in Japanese when they have no meetings yet', async () => {
    const empty = { request: { query: MyAgendaDocument, variables: { eventId: 'e1' } }, result: { data: { myAgenda: { ...agenda, meetings: [] } } } };
    renderPage([eventMock(attendeeEvent), empty], 'ja');
    expect(await screen.findByText('まだ面談はありません')).toBeInTheDocument();
  });
});
