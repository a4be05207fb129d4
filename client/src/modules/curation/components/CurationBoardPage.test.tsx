import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { CurationBoardDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { CurationBoardPage } from './CurationBoardPage';

const emptyPage = {
  matches: { __typename: 'MatchConnection', nodes: [], pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, totalCount: 0 },
};

describe('CurationBoardPage', () => {
  it('reads the proposals of the needs the viewer curates from the matches list, on the curator side', async () => {
    const mocks = [{ request: { query: CurationBoardDocument, variables: { filter: { sides: ['CURATOR'], statuses: ['PROPOSED'] }, first: 50 } }, result: { data: emptyPage } }];
    renderWithProviders(<CurationBoardPage />, { mocks });
    expect(await screen.findByText('Nothing waiting for curation')).toBeInTheDocument();
  });

  it('shows an error when the board asks for anything else', async () => {
    const mocks = [{ request: { query: CurationBoardDocument, variables: { filter: { statuses: ['PROPOSED'] }, first: 50 } }, result: { data: emptyPage } }];
    renderWithProviders(<CurationBoardPage />, { mocks });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});
