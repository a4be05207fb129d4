import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { MatchStatus, NeedStatus } from '../../generated/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { CurationBoardPage } from '../curation/components/CurationBoardPage';
import { NeedsListPage } from '../needs/components/NeedsListPage';
import { MATCH_STATUSES_BY_PROGRESS, NEED_STATUSES_BY_PROGRESS } from './enums';

const optionsOf = (label: string) =>
  within(screen.getByRole('combobox', { name: label }))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('status filters', () => {
  it('list every status once', () => {
    expect([...MATCH_STATUSES_BY_PROGRESS].sort()).toEqual(Object.values(MatchStatus).sort());
    expect([...NEED_STATUSES_BY_PROGRESS].sort()).toEqual(Object.values(NeedStatus).sort());
  });

  it('offer need statuses in the order a need moves through them, not alphabetically', () => {
    renderWithProviders(<NeedsListPage />);
    expect(optionsOf('Status')).toEqual(['All statuses', 'Draft', 'Open', 'Staffed', 'In progress', 'Completed', 'Cancelled']);
  });

  it('offer match statuses on the curation board in the order of progress', () => {
    renderWithProviders(<CurationBoardPage />);
    expect(optionsOf('Status')).toEqual([
      'Proposed',
      'Offered',
      'Awaiting employer sign-off',
      'Confirmed',
      'Active',
      'Completed',
      'Rejected',
      'Declined',
      'Expired',
      'Withdrawn',
      'Cancelled',
      'Declined by employer',
    ]);
  });
});
