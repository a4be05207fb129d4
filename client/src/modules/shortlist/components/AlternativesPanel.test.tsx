import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { ProposeAlternativeDocument, RoleShortlistDocument } from '../../../generated/graphql';
import { aBreakdown, aReason } from '../../../test/matchReasons';
import { renderWithProviders } from '../../../test/renderWithProviders';
import type { ShortlistEntry } from '../hooks/useShortlist';
import { AlternativesList, AlternativesPanel } from './AlternativesPanel';

const match = { id: 'm1', status: 'PROPOSED' as const, role: { id: 'r1' } };

const entry = (rank: number, name: string, fields: Partial<ShortlistEntry> = {}): ShortlistEntry => ({
  __typename: 'ShortlistEntry',
  id: `e${rank}`,
  rank,
  score: 0.9 - rank / 10,
  proposed: false,
  candidateId: `p${rank}`,
  candidateKind: 'VOLUNTEER',
  candidateName: name,
  candidateHeadline: `${name}'s headline`,
  matchId: null,
  matchStatus: null,
  breakdown: aBreakdown({ skills: 0.9 }, { skills: 0.5 }),
  reasons: [aReason('SKILL', { skillId: 's1', name: 'Accounting', level: 4, wanted: 3 })],
  ...fields,
});

const shortlistMock = (entries: ShortlistEntry[]) => ({
  request: { query: RoleShortlistDocument, variables: { matchId: 'm1' } },
  result: { data: { match: { __typename: 'Match', id: 'm1', role: { __typename: 'NeedRole', id: 'r1', shortlist: entries } } } },
});

const ranked = [entry(1, 'Aiko Tanaka', { proposed: true, matchId: 'm1', matchStatus: 'PROPOSED' }), entry(2, 'Ben Weber'), entry(3, 'Chie Sato')];

const renderList = (mocks: unknown[]) =>
  renderWithProviders(
    <Routes>
      <Route path="/matches/m1" element={<AlternativesList match={match} />} />
      <Route path="/matches/:id" element={<p>new match page</p>} />
    </Routes>,
    { mocks: mocks as never[], route: '/matches/m1' },
  );

describe('AlternativesPanel', { timeout: 30_000 }, () => {
  it('lists the ranked candidates with their reasons and only lets unmatched ones be proposed', async () => {
    renderList([shortlistMock(ranked)]);
    const cards = await screen.findAllByRole('article');
    expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual(['Aiko Tanaka', 'Ben Weber', 'Chie Sato']);
    expect(within(cards[0]!).getByText('Proposed by the run')).toBeInTheDocument();
    expect(within(cards[0]!).getByRole('button', { name: 'Propose instead' })).toBeDisabled();
    expect(within(cards[1]!).getByRole('button', { name: 'Propose instead' })).toBeEnabled();
    expect(within(cards[1]!).getByText('#2 Ben Weber')).toBeInTheDocument();
    expect(within(cards[1]!).getByText(/Accounting/)).toBeInTheDocument();
  });

  it('says so when the run left no alternatives', async () => {
    renderList([shortlistMock([])]);
    expect(await screen.findByText('No alternatives yet')).toBeInTheDocument();
  });

  it('asks for a reason, replaces the proposal and opens the new match', async () => {
    const user = userEvent.setup();
    const propose = {
      request: { query: ProposeAlternativeDocument, variables: { input: { roleId: 'r1', candidateId: 'p2', replacesMatchId: 'm1', reason: 'Knows the books' } } },
      result: { data: { proposeAlternative: { __typename: 'Match', id: 'm9', status: 'OFFERED' } } },
    };
    renderList([shortlistMock(ranked), propose, shortlistMock(ranked)]);
    const [, ben] = await screen.findAllByRole('article');
    await user.click(within(ben!).getByRole('button', { name: 'Propose instead' }));
    const dialog = await screen.findByRole('dialog', { name: 'Propose Ben Weber?' });
    expect(within(dialog).getByText(/current proposal is withdrawn/)).toBeInTheDocument();
    const confirm = within(dialog).getByRole('button', { name: 'Propose instead' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByLabelText(/Why this candidate/), 'Knows the books');
    await user.click(confirm);
    expect(await screen.findByText('new match page')).toBeInTheDocument();
  });

  it('shows the refusal and stays when the swap is refused', async () => {
    const user = userEvent.setup();
    const refused = {
      request: { query: ProposeAlternativeDocument, variables: { input: { roleId: 'r1', candidateId: 'p3', replacesMatchId: 'm1', reason: 'Closer time zone' } } },
      result: { errors: [{ message: 'This candidate already has a offered match for this role.', extensions: { code: 'CONFLICT', conflict: 'ALREADY_MATCHED' } }] },
    };
    renderList([shortlistMock(ranked), refused]);
    const cards = await screen.findAllByRole('article');
    await user.click(within(cards[2]!).getByRole('button', { name: 'Propose instead' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Why this candidate/), 'Closer time zone');
    await user.click(within(dialog).getByRole('button', { name: 'Propose instead' }));
    expect(await within(dialog).findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByText('new match page')).not.toBeInTheDocument();
  });

  it('shows nothing to someone who is not signed in as a curator', () => {
    renderWithProviders(<AlternativesPanel match={match} />, { mocks: [shortlistMock(ranked)] });
    expect(screen.queryByText('Alternatives')).not.toBeInTheDocument();
  });
});
