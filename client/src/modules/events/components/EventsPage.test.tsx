import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { EventKind, EventScheduleStatus, EventsDocument, EventsWhen } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { EventsPage } from './EventsPage';

const node = (id: string, name: string, startsOn: string) => ({
  __typename: 'Event',
  id,
  name,
  kind: EventKind.InPerson,
  startsOn,
  endsOn: startsOn,
  timeZone: 'Asia/Tokyo',
  scheduleStatus: EventScheduleStatus.Done,
});

const page = (when: EventsWhen, nodes: object[]) => ({
  request: { query: EventsDocument, variables: { when, first: 20 } },
  result: { data: { events: { __typename: 'EventConnection', totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, nodes } } },
});

describe('EventsPage', () => {
  it('lists upcoming events as links and switches to past ones', async () => {
    renderWithProviders(<EventsPage />, {
      route: '/events',
      withAuth: true,
      mocks: [page(EventsWhen.Upcoming, [node('e1', 'Pro Bono Rally Tokyo', '2027-03-13')]), page(EventsWhen.Past, [node('e0', 'EU Cohort Kick-off', '2026-01-20')])],
    });
    expect(await screen.findByRole('link', { name: /Pro Bono Rally Tokyo/ })).toHaveAttribute('href', '/events/e1');
    expect(screen.queryByRole('link', { name: 'New event' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByText('Past'));
    expect(await screen.findByRole('link', { name: /EU Cohort Kick-off/ })).toHaveAttribute('href', '/events/e0');
    expect(screen.queryByText('Pro Bono Rally Tokyo')).not.toBeInTheDocument();
  });

  it('says so in German when there are no upcoming events', async () => {
    renderWithProviders(<EventsPage />, { route: '/events', withAuth: true, language: 'de', mocks: [page(EventsWhen.Upcoming, [])] });
    expect(await screen.findByText('Keine kommenden Veranstaltungen')).toBeInTheDocument();
  });
});
