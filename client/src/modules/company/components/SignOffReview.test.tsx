import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { MatchStatus, SignOffState } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { SignOffReview, type SignOffReviewProps } from './SignOffReview';

const engagement = (matchId: string, employeeName: string, signOff: SignOffState, status: MatchStatus) => ({
  __typename: 'CompanyEngagement' as const,
  matchId,
  volunteerProfileId: `vp-${matchId}`,
  employeeName,
  needId: `n-${matchId}`,
  needTitle: `Need of ${employeeName}`,
  nonprofitName: 'Tafel Nord',
  status,
  confirmedHours: 0,
  confirmedAt: null,
  signOff,
  signOffReason: null,
  version: 4,
});

const ENGAGEMENTS = [
  engagement('m1', 'Vera Volunteer', SignOffState.Awaiting, MatchStatus.AwaitingEmployer),
  engagement('m2', 'Walter Working', SignOffState.Approved, MatchStatus.Confirmed),
];

function renderReview(props: Partial<SignOffReviewProps> = {}, language: 'en' | 'de' | 'ja' = 'en') {
  const handlers = {
    onApprove: vi.fn<SignOffReviewProps['onApprove']>().mockResolvedValue(true),
    onDecline: vi.fn<SignOffReviewProps['onDecline']>().mockResolvedValue(true),
    onRequire: vi.fn<SignOffReviewProps['onRequire']>().mockResolvedValue(true),
  };
  renderWithProviders(<SignOffReview companyId="acme" requiresSignOff engagements={ENGAGEMENTS} {...handlers} {...props} />, { language });
  return handlers;
}

describe('SignOffReview', () => {
  it('lists only the engagements awaiting sign-off and approves one with the version seen', async () => {
    const { onApprove } = renderReview();
    const table = screen.getByRole('table', { name: 'Waiting for your sign-off' });
    expect(within(table).getByText('Vera Volunteer')).toBeInTheDocument();
    expect(within(table).queryByText('Walter Working')).not.toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Need of Vera Volunteer' })).toHaveAttribute('href', '/matches/m1');
    await userEvent.click(screen.getByRole('button', { name: 'Approve: Vera Volunteer' }));
    expect(onApprove).toHaveBeenCalledWith('m1', 4);
  });

  it('declines only with a reason, and sends it', async () => {
    const { onDecline } = renderReview();
    await userEvent.click(screen.getByRole('button', { name: 'Decline: Vera Volunteer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline this pro-bono time?' });
    expect(within(dialog).getByText(/Vera Volunteer and Tafel Nord will read your reason/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decline sign-off' }));
    expect(await within(dialog).findByText('Say why, in at least 3 characters')).toBeInTheDocument();
    expect(onDecline).not.toHaveBeenCalled();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Quarter-end freeze');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decline sign-off' }));
    await waitFor(() => expect(onDecline).toHaveBeenCalledWith('m1', 'Quarter-end freeze'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('switches sign-off off for the company', async () => {
    const { onRequire } = renderReview();
    await userEvent.click(screen.getByRole('switch', { name: /Require sign-off of pro-bono time/ }));
    expect(onRequire).toHaveBeenCalledWith('acme', false);
  });

  it('says when nothing waits', () => {
    renderReview({ engagements: [ENGAGEMENTS[1]] });
    expect(screen.getByText('No engagement is waiting for your sign-off.')).toBeInTheDocument();
  });

  it('shows no review to a company that does not require sign-off, in Japanese', () => {
    renderReview({ requiresSignOff: false, engagements: [ENGAGEMENTS[1]] }, 'ja');
    expect(screen.getByRole('switch', { name: /プロボノ活動時間の承認を必須にする/ })).not.toBeChecked();
    expect(screen.queryByText('承認待ちの活動')).not.toBeInTheDocument();
  });

  it('speaks German', () => {
    renderReview({}, 'de');
    expect(screen.getByRole('button', { name: 'Freigeben: Vera Volunteer' })).toBeInTheDocument();
  });
});
