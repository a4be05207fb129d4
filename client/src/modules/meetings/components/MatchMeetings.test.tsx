import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { MatchMeetingsDocument, type MeetingFieldsFragment, MeetingIcsDocument, PickMeetingTimeDocument, WithdrawMeetingProposalDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { MatchMeetings } from './MatchMeetings';

const matchId = '11111111-1111-4111-8111-111111111111';
const HOSTILE = '<img src=x onerror="alert(1)"> Room 4';

const slot = (id: string, startsAt: string, durationMinutes = 60) => ({ __typename: 'MeetingSlot' as const, id, startsAt, durationMinutes });

const meeting = (over: Partial<MeetingFieldsFragment> = {}): MeetingFieldsFragment => ({
  __typename: 'Meeting',
  id: 'meet-1',
  matchId,
  kind: 'KICK_OFF',
  status: 'OPEN',
  proposerSide: 'NONPROFIT',
  timeZone: 'Europe/Berlin',
  location: HOSTILE,
  canPick: true,
  canWithdraw: false,
  createdAt: '2030-01-01T08:00:00.000Z',
  proposedBy: { __typename: 'MeetingPerson', id: 'u1', name: 'Nora Nonprofit' },
  slots: [slot('s1', '2030-01-10T09:00:00.000Z'), slot('s2', '2030-01-11T14:00:00.000Z', 30)],
  chosenSlot: null,
  ...over,
});

const listMock = (status: string, meetings: MeetingFieldsFragment[]): MockLink.MockedResponse => ({
  request: { query: MatchMeetingsDocument, variables: { matchId } },
  result: { data: { match: { __typename: 'Match', id: matchId, status, meetings } } },
});

describe('MatchMeetings', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lets the other side pick one of the proposed times, showing the location as text', async () => {
    const chosen = meeting({ status: 'CHOSEN', canPick: false, chosenSlot: slot('s2', '2030-01-11T14:00:00.000Z', 30) });
    let picked = false;
    renderWithProviders(<MatchMeetings matchId={matchId} />, {
      mocks: [
        listMock('CONFIRMED', [meeting()]),
        {
          request: { query: PickMeetingTimeDocument, variables: { meetingId: 'meet-1', slotId: 's2' } },
          result: () => {
            picked = true;
            return { data: { pickMeetingTime: chosen } };
          },
        },
        listMock('CONFIRMED', [chosen]),
      ],
    });
    const card = await screen.findByTestId('meeting-KICK_OFF');
    expect(within(card).getByText(`Where: ${HOSTILE}`)).toBeInTheDocument();
    expect(card.querySelector('img')).toBeNull();
    expect(within(card).getByText('Proposed by Nora Nonprofit')).toBeInTheDocument();
    const pick = within(card).getByRole('button', { name: 'Pick this time' });
    expect(pick).toBeDisabled();
    await userEvent.click(within(card).getAllByRole('radio')[1]);
    await userEvent.click(pick);
    await waitFor(() => expect(picked).toBe(true));
    expect(await screen.findByTestId('meeting-chosen-slot')).toHaveTextContent('30 min');
    expect(screen.getByRole('button', { name: 'Add to calendar (.ics)' })).toBeInTheDocument();
  });

  it('downloads the chosen time as a text/calendar file', async () => {
    const chosen = meeting({ status: 'CHOSEN', canPick: false, chosenSlot: slot('s1', '2030-01-10T09:00:00.000Z') });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:ics'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    renderWithProviders(<MatchMeetings matchId={matchId} />, {
      mocks: [
        listMock('ACTIVE', [chosen]),
        {
          request: { query: MeetingIcsDocument, variables: { matchId } },
          result: { data: { match: { __typename: 'Match', id: matchId, meetings: [{ __typename: 'Meeting', id: 'meet-1', ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' }] } } },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Add to calendar (.ics)' }));
    await waitFor(() => expect(clicks).toEqual(['rally-kick-off-2030-01-10.ics']));
    expect(blobs[0].type).toBe('text/calendar');
    expect(await blobs[0].text()).toContain('BEGIN:VCALENDAR');
  });

  it('lets the author withdraw an open proposal and offers the form for the other kind', async () => {
    let withdrawn = false;
    const own = meeting({ canPick: false, canWithdraw: true });
    renderWithProviders(<MatchMeetings matchId={matchId} />, {
      mocks: [
        listMock('CONFIRMED', [own]),
        {
          request: { query: WithdrawMeetingProposalDocument, variables: { meetingId: 'meet-1' } },
          result: () => {
            withdrawn = true;
            return { data: { withdrawMeetingProposal: { ...own, status: 'WITHDRAWN', canWithdraw: false } } };
          },
        },
        listMock('CONFIRMED', []),
      ],
    });
    expect(await screen.findByText('The other side picks one of these times.')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).toBeNull();
    // Only the scoping call can be proposed while the kick-off is open.
    expect(screen.getByRole('form', { name: 'Propose times' })).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: 'Kind of meeting' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw these times' }));
    await waitFor(() => expect(withdrawn).toBe(true));
    expect(await screen.findByText(/No scoping call or kick-off arranged yet/)).toBeInTheDocument();
  });

  it('refuses to submit a proposal without a time (in German)', async () => {
    renderWithProviders(<MatchMeetings matchId={matchId} />, { mocks: [listMock('CONFIRMED', [])], language: 'de' });
    await userEvent.click(await screen.findByRole('button', { name: 'Zeiten vorschlagen' }));
    expect(await screen.findByText('Wählen Sie Datum und Uhrzeit')).toBeInTheDocument();
  });

  it('shows nothing for an offered match without meetings', async () => {
    const { container } = renderWithProviders(<MatchMeetings matchId={matchId} />, { mocks: [listMock('OFFERED', [])] });
    await waitFor(() => expect(container.querySelector('[data-testid="match-meetings"]')).toBeNull());
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows an error with a retry when the meetings cannot be loaded', async () => {
    renderWithProviders(<MatchMeetings matchId={matchId} />, {
      mocks: [{ request: { query: MatchMeetingsDocument, variables: { matchId } }, error: new Error('Failed to fetch') }],
    });
    expect(await screen.findByRole('button', { name: /try again|retry/i })).toBeInTheDocument();
  });
});
