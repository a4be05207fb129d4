import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { type MatchFilter, OfferedMatchesDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { OffersPage } from './OffersPage';

const emptyPage = {
  matches: { __typename: 'MatchConnection', nodes: [], pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, totalCount: 0 },
};

// The mock answers only the exact variables: any other filter leaves the page in its error state.
const offered = (filter: MatchFilter) => ({ request: { query: OfferedMatchesDocument, variables: { filter, first: 20 } }, result: { data: emptyPage } });

describe('OffersPage', () => {
  it('lists the open offers made to the viewer from the matches list, on the candidate side', async () => {
    renderWithProviders(<OffersPage />, { mocks: [offered({ sides: ['CANDIDATE'], statuses: ['OFFERED'], candidateKind: null })] });
    expect(await screen.findByText('No offers right now')).toBeInTheDocument();
  });

  it('asks for every status once answered offers are shown too', async () => {
    renderWithProviders(<OffersPage />, {
      mocks: [offered({ sides: ['CANDIDATE'], statuses: ['OFFERED'], candidateKind: null }), offered({ sides: ['CANDIDATE'], statuses: null, candidateKind: null })],
    });
    await screen.findByText('No offers right now');
    await userEvent.click(screen.getByRole('switch', { name: 'Show answered offers too' }));
    expect(await screen.findByText('No offers right now')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks the funding proposals page for funding matches only', async () => {
    renderWithProviders(<OffersPage funding />, { mocks: [offered({ sides: ['CANDIDATE'], statuses: ['OFFERED'], candidateKind: 'FUNDING' })] });
    expect(await screen.findByText('No funding proposals right now')).toBeInTheDocument();
  });

  it('shows an error, not an empty list, when the list is asked with another filter', async () => {
    renderWithProviders(<OffersPage funding />, { mocks: [offered({ sides: ['CANDIDATE'], statuses: ['OFFERED'], candidateKind: null })] });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByText('No funding proposals right now')).not.toBeInTheDocument();
  });
});
