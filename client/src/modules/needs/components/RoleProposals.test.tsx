import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { MatchesDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import type { SupportedLanguage } from '../../i18n/i18n';
import { RoleProposals } from './RoleProposals';

const noProposals = {
  request: { query: MatchesDocument, variables: { filter: { roleId: 'r1' }, first: 20 } },
  result: {
    data: { matches: { __typename: 'MatchConnection' as const, nodes: [], totalCount: 0, pageInfo: { __typename: 'PageInfo' as const, endCursor: null, hasNextPage: false } } },
  },
};

const render = (awaitingCuration: { count: number; since: string } | null, language: SupportedLanguage = 'en') =>
  renderWithProviders(<RoleProposals roleId="r1" awaitingCuration={awaitingCuration} />, { mocks: [noProposals], language });

describe('RoleProposals', () => {
  it('says that proposals are with the curator instead of "No proposals yet"', async () => {
    render({ count: 2, since: '2026-12-03T09:00:00.000Z' });
    expect(await screen.findByText('2 candidates are with your curator since Dec 3, 2026')).toBeInTheDocument();
    expect(screen.getByText('Proposals are with your curator')).toBeInTheDocument();
    expect(screen.queryByText('No proposals yet')).not.toBeInTheDocument();
  });

  it('says it in German and Japanese too', async () => {
    const { unmount } = render({ count: 1, since: '2026-12-03T09:00:00.000Z' }, 'de');
    expect(await screen.findByText('1 Vorschlag liegt seit 03.12.2026 bei Ihrer Kuration')).toBeInTheDocument();
    unmount();
    render({ count: 2, since: '2026-12-03T09:00:00.000Z' }, 'ja');
    expect(await screen.findByText('2件の候補が2026/12/03からキュレーターの確認待ちです')).toBeInTheDocument();
  });

  it('still says "No proposals yet" when nothing waits', async () => {
    render(null);
    expect(await screen.findByText('No proposals yet')).toBeInTheDocument();
    expect(screen.queryByText(/with your curator/)).not.toBeInTheDocument();
  });
});
