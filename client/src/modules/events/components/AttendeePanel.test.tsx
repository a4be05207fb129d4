import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { EventAttendeesDocument, EventSide, ImportEventAttendeesDocument, RemoveEventAttendeeDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { AttendeePanel, parseEmails } from './AttendeePanel';

const attendees = {
  request: { query: EventAttendeesDocument, variables: { eventId: 'e1', first: 50 } },
  result: {
    data: {
      event: {
        __typename: 'Event',
        id: 'e1',
        attendees: {
          __typename: 'EventAttendeeConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          nodes: [
            { __typename: 'EventAttendeeView', id: 'a1', userId: 'u1', name: 'Hana', side: EventSide.Nonprofit, organizationName: '<b>Food Bank</b>', availableSlotIds: ['s1'] },
          ],
        },
      },
    },
  },
};

const slots = [{ id: 's1', startsAt: '2027-03-13T01:00:00Z' }];

describe('AttendeePanel', () => {
  it('reads pasted addresses one per line or separated by commas, without duplicates', () => {
    expect(parseEmails(' A@example.org,b@example.org;\n a@example.org  c@example.org \n')).toEqual(['a@example.org', 'b@example.org', 'c@example.org']);
    expect(parseEmails(' \n ')).toEqual([]);
  });

  it('lists attendees with side and organization as text, and removes one', async () => {
    let removed = false;
    const remove = {
      request: { query: RemoveEventAttendeeDocument, variables: { attendeeId: 'a1' } },
      result: () => {
        removed = true;
        return { data: { removeEventAttendee: true } };
      },
    };
    renderWithProviders(<AttendeePanel eventId="e1" slots={slots} />, { mocks: [attendees, remove, attendees] });
    expect(await screen.findByText('Hana')).toBeInTheDocument();
    expect(screen.getByText('<b>Food Bank</b>')).toBeInTheDocument();
    expect(screen.getByText('1 attendee')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Hana' }));
    await waitFor(() => expect(removed).toBe(true));
  });

  it('imports a pasted list and shows what happened to each address', async () => {
    const imported = {
      request: {
        query: ImportEventAttendeesDocument,
        variables: { input: { eventId: 'e1', side: EventSide.CompanyEmployee, emails: ['kenji@example.org', 'nobody@example.org'] } },
      },
      result: {
        data: {
          importEventAttendees: { __typename: 'ImportEventAttendeesResult', added: ['kenji@example.org'], notFound: ['nobody@example.org'], alreadyAttending: [], notEligible: [] },
        },
      },
    };
    renderWithProviders(<AttendeePanel eventId="e1" slots={slots} />, { mocks: [attendees, imported, attendees] });
    await screen.findByText('Hana');
    await userEvent.type(screen.getByLabelText('E-mail addresses'), 'Kenji@example.org{enter}nobody@example.org');
    expect(screen.getByText('2 addresses')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add to the event' }));
    const result = await screen.findByRole('status');
    expect(result).toHaveTextContent('1 added');
    expect(result).toHaveTextContent('kenji@example.org');
    expect(result).toHaveTextContent('1 without a Rally account');
  });

  it('refuses an empty list before asking the server', async () => {
    renderWithProviders(<AttendeePanel eventId="e1" slots={slots} />, { mocks: [attendees] });
    await screen.findByText('Hana');
    await userEvent.click(screen.getByRole('button', { name: 'Add to the event' }));
    expect(await screen.findByText('Enter at least one e-mail address.')).toBeInTheDocument();
  });
});
