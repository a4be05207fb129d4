import { Notifications } from '@mantine/notifications';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { CurationBoardDocument, type MatchCardFieldsFragment, type MatchFilter, ProgramsDocument, RejectProposalsDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { CurationBoardPage } from './CurationBoardPage';

const pageOf = (nodes: MatchCardFieldsFragment[]) => ({
  matches: { __typename: 'MatchConnection' as const, nodes, pageInfo: { __typename: 'PageInfo' as const, endCursor: null, hasNextPage: false }, totalCount: nodes.length },
});
const noPrograms = {
  request: { query: ProgramsDocument, variables: { filter: null, first: 50 } },
  result: { data: { programs: { __typename: 'ProgramConnection', nodes: [], pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, totalCount: 0 } } },
};
const board = (filter: MatchFilter, nodes: MatchCardFieldsFragment[]) => ({
  request: { query: CurationBoardDocument, variables: { filter, orderBy: 'SCORE', first: 50 } },
  result: { data: pageOf(nodes) },
});

const proposal = (
  id: string,
  person: string,
  score: number,
  need: [string, string],
  role: [string, string],
): MatchCardFieldsFragment & { proposedByIntermediary: { __typename: 'Organization'; id: string; name: string } | null } => ({
  __typename: 'Match',
  id,
  proposedByIntermediary: null,
  status: 'PROPOSED',
  score,
  explanation: '',
  version: 1,
  manual: false,
  candidateKind: 'VOLUNTEER',
  expiresAt: null,
  offeredAt: null,
  confirmedAt: null,
  completedAt: null,
  nonprofitAcceptedAt: null,
  candidateAcceptedAt: null,
  declineReason: null,
  allowedActions: ['APPROVE', 'REJECT'],
  createdAt: '2026-12-01T00:00:00.000Z',
  breakdown: null,
  reasons: [],
  need: {
    __typename: 'Need',
    id: need[0],
    title: need[1],
    focusArea: 'EDUCATION',
    country: 'JP',
    publishedAt: null,
    nonprofit: { __typename: 'Organization', id: 'o1', name: 'Mirai' },
  },
  role: { __typename: 'NeedRole', id: role[0], title: role[1], kind: 'VOLUNTEER', seats: 1, seatsFilled: 0, amount: null },
  volunteerProfile: { __typename: 'VolunteerProfile', id: `p-${id}`, headline: '', country: 'JP', user: { __typename: 'User', id: `u-${id}`, name: person } },
  mentorProfile: null,
  fundingOffer: null,
});

const kitchen: [string, string] = ['n1', 'Shared kitchen'];
const website: [string, string] = ['n2', 'New website'];
const proposals = [
  proposal('m1', 'Aiko Tanaka', 0.55, kitchen, ['r1', 'Cook trainer']),
  proposal('m2', 'Ben Weber', 0.92, website, ['r2', 'Web developer']),
  proposal('m3', 'Chie Sato', 0.81, kitchen, ['r1', 'Cook trainer']),
];
const PROPOSED: MatchFilter = { sides: ['CURATOR'], statuses: ['PROPOSED'] };

const renderBoard = (mocks: unknown[], route = '/curation/board') =>
  renderWithProviders(
    <>
      <Notifications />
      <CurationBoardPage />
    </>,
    { mocks: [noPrograms, ...(mocks as never[])], route },
  );

afterEach(() => vi.useRealTimers());

// The reject dialog and Undo take many renders; on a busy machine that outlasts the default.
describe('CurationBoardPage', { timeout: 60_000 }, () => {
  it('reads the proposals of the needs the viewer curates, on the curator side, best score first', async () => {
    renderBoard([board(PROPOSED, [])]);
    expect(await screen.findByText('Nothing waiting for curation')).toBeInTheDocument();
  });

  it('groups proposals by need and role and sorts each role by score', async () => {
    renderBoard([board(PROPOSED, proposals)]);
    const role = await screen.findByRole('region', { name: 'Cook trainer' });
    const names = within(role)
      .getAllByRole('article')
      .map((row) => row.getAttribute('aria-label'));
    expect(names).toEqual(['Chie Sato', 'Aiko Tanaka']);
    expect(within(role).getByText('81%')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Shared kitchen/ })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: /New website/ })).toBeInTheDocument();
    expect(screen.getByText('Showing 3 of 3, best score first')).toBeInTheDocument();
  });

  it('asks the API with the search and filters written in the URL', async () => {
    const filter: MatchFilter = { ...PROPOSED, search: 'kitchen', candidateKind: 'MENTOR', focusArea: 'EDUCATION', country: 'JP' };
    renderBoard([board(filter, [proposals[0]!])], '/curation/board?q=kitchen&kind=MENTOR&focusArea=EDUCATION&country=JP&kind=nonsense');
    expect(await screen.findByRole('article', { name: 'Aiko Tanaka' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveValue('kitchen');
  });

  it('asks for a reason before rejecting, and Undo keeps the proposal without asking the API', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ delay: null, advanceTimers: vi.advanceTimersByTime });
    const sent = vi.fn(() => ({ data: { rejectProposals: [] } }));
    renderBoard([board(PROPOSED, proposals), { request: { query: RejectProposalsDocument }, variableMatcher: () => true, result: sent }]);
    const row = await screen.findByRole('article', { name: 'Aiko Tanaka' });
    await user.click(within(row).getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject 1 proposal' });
    await user.click(within(dialog).getByRole('button', { name: 'Reject 1 proposal' }));
    expect(await within(dialog).findByText('Choose a reason')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('combobox', { name: /Reason/ }));
    await user.click(await screen.findByRole('option', { name: 'Skills do not fit' }));
    await user.click(within(dialog).getByRole('button', { name: 'Reject 1 proposal' }));

    await waitFor(() => expect(screen.queryByRole('article', { name: 'Aiko Tanaka' })).not.toBeInTheDocument());
    expect(await screen.findByText('1 proposal will be rejected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'Aiko Tanaka' })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(sent).not.toHaveBeenCalled();
    expect(screen.getByRole('article', { name: 'Aiko Tanaka' })).toBeInTheDocument();
  });

  it('sends the rejection with its reason once the undo time is over', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ delay: null, advanceTimers: vi.advanceTimersByTime });
    const sent = vi.fn(() => ({ data: { rejectProposals: [] } }));
    const reject = {
      request: { query: RejectProposalsDocument, variables: { input: { matchIds: ['m2'], reason: 'Conflict of interest: works for the nonprofit' } } },
      result: sent,
    };
    renderBoard([board(PROPOSED, proposals), reject, board(PROPOSED, proposals)]);
    const row = await screen.findByRole('article', { name: 'Ben Weber' });
    await user.click(within(row).getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: /Reason/ }));
    await user.click(await screen.findByRole('option', { name: 'Conflict of interest' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Note/ }), 'works for the nonprofit');
    await user.click(within(dialog).getByRole('button', { name: 'Reject 1 proposal' }));
    expect(sent).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(6000));
    await waitFor(() => expect(sent).toHaveBeenCalledOnce());
  });
});
