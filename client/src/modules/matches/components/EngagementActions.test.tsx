import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { CompleteMatchDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { EngagementActions, unconfirmedHoursOf } from './EngagementActions';

const match = { id: 'm1', version: 4, allowedActions: ['COMPLETE' as const], confirmedAt: null };

function renderActions(unconfirmedHours: number) {
  const completed = vi.fn(() => ({ data: { completeMatch: { __typename: 'Match' as const, id: 'm1' } } }));
  const mocks = [{ request: { query: CompleteMatchDocument, variables: { id: 'm1', version: 4 } }, result: completed, maxUsageCount: 2 }];
  renderWithProviders(<EngagementActions match={match} unconfirmedHours={unconfirmedHours} />, { mocks });
  return completed;
}

describe('marking an engagement as done', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('asks first while hours are unconfirmed, saying how many, and completes only when confirmed', async () => {
    const user = userEvent.setup({ delay: null });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const completed = renderActions(6.5);
    await user.click(screen.getByRole('button', { name: 'Mark as done' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark as done?' });
    expect(dialog).toHaveTextContent('6.5 hr logged on this engagement are not confirmed yet');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(completed).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Mark as done' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Mark as done anyway' }));
    await waitFor(() => expect(completed).toHaveBeenCalledTimes(1));
  });

  it('completes in one click when every hour is confirmed', async () => {
    const user = userEvent.setup({ delay: null });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const completed = renderActions(0);
    await user.click(screen.getByRole('button', { name: 'Mark as done' }));
    await waitFor(() => expect(completed).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('counts the hours not yet confirmed, disputed ones included', () => {
    expect(
      unconfirmedHoursOf([
        { hours: 2, status: 'LOGGED' },
        { hours: 1.5, status: 'DISPUTED' },
        { hours: 8, status: 'CONFIRMED' },
      ]),
    ).toBe(3.5);
  });
});
