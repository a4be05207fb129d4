import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { InterestsDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { MyInterestsPage } from './MyInterestsPage';

const node = (id: string, status: string) => ({
  __typename: 'Interest',
  id,
  status,
  note: '',
  declineReason: status === 'DECLINED' ? 'We found someone' : null,
  candidateName: 'Vera',
  matchId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  need: { __typename: 'Need', id: `n-${id}`, title: `Need ${id}`, nonprofit: { __typename: 'Organization', id: 'o1', name: 'Tafel' } },
  role: { __typename: 'NeedRole', id: 'r1', title: 'Web developer', kind: 'VOLUNTEER' },
});
const page = (nodes: unknown[]) => ({
  interests: { __typename: 'InterestConnection', nodes, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, totalCount: nodes.length },
});
const mine = (nodes: unknown[]) => ({ request: { query: InterestsDocument, variables: { filter: { mine: true }, first: 20 } }, result: { data: page(nodes) } });

describe('MyInterestsPage', () => {
  it('offers to browse needs when there are no interests yet', async () => {
    renderWithProviders(<MyInterestsPage />, { mocks: [mine([])] });
    expect(await screen.findByText('No interests yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse needs' })).toHaveAttribute('href', '/needs/browse');
  });

  it('lets only a raised interest be withdrawn, and shows why one was declined', async () => {
    renderWithProviders(<MyInterestsPage />, { mocks: [mine([node('a', 'RAISED'), node('b', 'DECLINED')])] });
    expect(await screen.findByText('Need a')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Withdraw' })).toHaveLength(1);
    expect(screen.getByText('We found someone')).toBeInTheDocument();
    expect(screen.getByText('Declined')).toBeInTheDocument();
  });
});
