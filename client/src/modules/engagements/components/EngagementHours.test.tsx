import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { HoursLogFieldsFragment } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { EngagementHours, type EngagementHoursProps } from './EngagementHours';

const log = (id: string, overrides: Partial<HoursLogFieldsFragment> = {}): HoursLogFieldsFragment => ({
  __typename: 'HoursLog',
  id,
  matchId: 'm1',
  workedOn: '2027-01-12',
  hours: 2.5,
  note: 'Donor interviews',
  status: 'LOGGED',
  disputeReason: null,
  reviewedAt: null,
  createdAt: '2027-01-12T18:00:00.000Z',
  ...overrides,
});

function renderHours(props: Partial<EngagementHoursProps> = {}) {
  const handlers = {
    onLog: vi.fn<EngagementHoursProps['onLog']>().mockResolvedValue(undefined),
    onConfirm: vi.fn().mockResolvedValue(true),
    onDispute: vi.fn().mockResolvedValue(true),
    onUpdate: vi.fn<NonNullable<EngagementHoursProps['onUpdate']>>().mockResolvedValue(undefined),
    onDelete: vi.fn<NonNullable<EngagementHoursProps['onDelete']>>().mockResolvedValue(true),
  };
  renderWithProviders(<EngagementHours logs={[]} confirmedHours={0} canLog={false} canReview={false} {...handlers} {...props} />);
  return handlers;
}

describe('EngagementHours', () => {
  it('lets the volunteer log hours with the form', async () => {
    const user = userEvent.setup({ delay: null });
    const { onLog } = renderHours({ canLog: true });
    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    const hours = screen.getByRole('textbox', { name: /Hours/ });
    await user.clear(hours);
    await user.type(hours, '3.5');
    await user.type(screen.getByRole('textbox', { name: 'What you did' }), 'Workshop');
    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    expect(onLog).toHaveBeenCalledWith(expect.objectContaining({ hours: 3.5, note: 'Workshop' }));
    expect(onLog.mock.calls[0]?.[0].workedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows the logged hours and their status, without review buttons for the volunteer', () => {
    renderHours({ canLog: true, logs: [log('h1'), log('h2', { status: 'CONFIRMED', hours: 4 })], confirmedHours: 4 });
    const list = screen.getByRole('list', { name: 'Logged hours' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('Awaiting confirmation')).toBeInTheDocument();
    expect(screen.getByText(/6\.5 hr logged · 4 hr confirmed/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument();
  });

  it('lets the nonprofit confirm, and dispute only with a reason', async () => {
    const user = userEvent.setup({ delay: null });
    const { onConfirm, onDispute } = renderHours({ canReview: true, logs: [log('h1'), log('h2', { status: 'CONFIRMED' })] });
    expect(screen.getAllByRole('button', { name: 'Confirm' })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(onConfirm).toHaveBeenCalledWith('h1');

    await user.click(screen.getByRole('button', { name: 'Dispute' }));
    const send = screen.getByRole('button', { name: 'Send dispute' });
    expect(send).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: /Why do you dispute/ }), 'Those were two hours');
    await user.click(send);
    expect(onDispute).toHaveBeenCalledWith('h1', 'Those were two hours');
  });

  it('shows why hours were disputed and draws nothing for a nonprofit without logs', () => {
    const { unmount } = renderWithProviders(
      <EngagementHours
        logs={[log('h1', { status: 'DISPUTED', disputeReason: 'Wrong day' })]}
        confirmedHours={0}
        canLog={false}
        canReview
        onLog={vi.fn()}
        onConfirm={vi.fn()}
        onDispute={vi.fn()}
      />,
    );
    expect(screen.getByText('Disputed: Wrong day')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Dispute' })).not.toBeInTheDocument();
    unmount();
    renderHours({ canReview: true });
    expect(screen.queryByText(/logged ·/)).not.toBeInTheDocument();
  });

  it('refuses 30 hours with a message instead of turning them into 24', async () => {
    const user = userEvent.setup({ delay: null });
    const { onLog } = renderHours({ canLog: true });
    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    const hours = screen.getByRole('textbox', { name: /Hours/ });
    await user.clear(hours);
    await user.type(hours, '30');
    await user.tab();
    expect(hours).toHaveValue('30');
    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    expect(await screen.findByText('Between 0.25 and 24 hours a day')).toBeInTheDocument();
    expect(onLog).not.toHaveBeenCalled();
  });

  it('says how many hours the day already has when the server refuses more than 24', async () => {
    const user = userEvent.setup({ delay: null });
    const refusal = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'At most 24 hours a day can be logged in total; 20 h are already logged for 2027-01-12.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'DAILY_HOURS_LIMIT', limit: 24, alreadyLogged: 20, fields: [{ field: 'hours', message: 'At most 24 hours' }] },
        },
      ],
    });
    const { onLog } = renderHours({ canLog: true });
    onLog.mockRejectedValue(refusal);
    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    expect(await screen.findByText('At most 24 hr a day in total: 20 hr are already logged for that day.')).toBeInTheDocument();
  });

  it('lets the author correct and delete unconfirmed hours, but not confirmed ones', async () => {
    const user = userEvent.setup({ delay: null });
    const { onUpdate, onDelete } = renderHours({
      canLog: true,
      canEdit: true,
      logs: [log('h1', { workedOn: '2026-11-30' }), log('h2', { status: 'CONFIRMED', hours: 4 })],
      confirmedHours: 4,
    });
    const [unconfirmed, confirmed] = within(screen.getByRole('list', { name: 'Logged hours' })).getAllByRole('listitem');
    expect(within(confirmed!).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(within(confirmed!).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();

    await user.click(within(unconfirmed!).getByRole('button', { name: 'Edit' }));
    const hours = within(unconfirmed!).getByRole('textbox', { name: /Hours/ });
    expect(hours).toHaveValue('2.5');
    await user.clear(hours);
    await user.type(hours, '1.75');
    await user.click(within(unconfirmed!).getByRole('button', { name: 'Save changes' }));
    expect(onUpdate).toHaveBeenCalledWith('h1', { workedOn: '2026-11-30', hours: 1.75, note: 'Donor interviews' });

    await user.click(within(unconfirmed!).getByRole('button', { name: 'Delete' }));
    expect(onDelete).not.toHaveBeenCalled();
    await user.click(within(unconfirmed!).getByRole('button', { name: 'Delete hours' }));
    expect(onDelete).toHaveBeenCalledWith('h1');
  });

  it('offers no edit or delete to the nonprofit', () => {
    renderHours({ canReview: true, logs: [log('h1')] });
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });
});
