import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { InterestsDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { InterestQueue } from './InterestQueue';

const raised = {
  __typename: 'Interest',
  id: 'i1',
  status: 'RAISED',
  note: '<script>alert(1)</script>',
  declineReason: null,
  candidateName: 'Vera',
  matchId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  need: { __typename: 'Need', id: 'n1', title: 'Website', nonprofit: { __typename: 'Organization', id: 'o1', name: 'Tafel' } },
  role: { __typename: 'NeedRole', id: 'r1', title: 'Web developer', kind: 'VOLUNTEER' },
};
const queue = (nodes: unknown[]) => ({
  request: { query: InterestsDocument, variables: { filter: { needId: 'n1', status: ['RAISED'] }, first: 20 } },
  result: {
    data: { interests: { __typename: 'InterestConnection', nodes, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, totalCount: nodes.length } },
  },
});

describe('InterestQueue', () => {
  it('shows the note as text and lets a curator make an offer or decline', async () => {
    renderWithProviders(<InterestQueue needId="n1" canOffer />, { mocks: [queue([raised])] });
    expect(await screen.findByText('Vera for Web developer')).toBeInTheDocument();
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Make an offer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Decline' })).toBeInTheDocument();
  });

  it('lets the nonprofit decline but not make the offer, which is the curators’ call', async () => {
    renderWithProviders(<InterestQueue needId="n1" canOffer={false} />, { mocks: [queue([raised])] });
    expect(await screen.findByRole('button', { name: 'Decline' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Make an offer' })).not.toBeInTheDocument();
  });

  it('says so when nobody has raised their hand', async () => {
    renderWithProviders(<InterestQueue needId="n1" canOffer />, { mocks: [queue([])] });
    expect(await screen.findByText('Nobody has raised their hand yet')).toBeInTheDocument();
  });
});
