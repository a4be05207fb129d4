import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { MatchReasonKind } from '../../../generated/graphql';
import { aBreakdown, aReason } from '../../../test/matchReasons';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { ProposalCard } from './ProposalCard';

function renderCard(overrides: Partial<Parameters<typeof ProposalCard>[0]> = {}) {
  const onAccept = vi.fn().mockResolvedValue(undefined);
  const onDecline = vi.fn().mockResolvedValue(undefined);
  renderWithProviders(
    <ProposalCard
      heading="Donor database"
      subheading="CRM volunteer · Clean Water Kenya"
      status="OFFERED"
      score={0.7}
      reasons={[aReason(MatchReasonKind.Language, { language: 'en' })]}
      breakdown={aBreakdown({ skills: 0.9 }, { skills: 0.4 })}
      explanation=""
      canRespond
      onAccept={onAccept}
      onDecline={onDecline}
      {...overrides}
    />,
  );
  return { onAccept, onDecline };
}

describe('ProposalCard', () => {
  it('accepts with one click', async () => {
    const { onAccept } = renderCard();
    expect(screen.getByText('Waiting for your answer')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Accept' }));
    expect(onAccept).toHaveBeenCalledOnce();
  });

  it('asks for a reason before declining', async () => {
    const user = userEvent.setup({ delay: null });
    const { onDecline } = renderCard();
    await user.click(screen.getByRole('button', { name: 'Decline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline this proposal' });
    await user.click(within(dialog).getByRole('button', { name: 'Decline proposal' }));
    expect(await within(dialog).findByText('Choose a reason')).toBeInTheDocument();
    expect(onDecline).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('combobox', { name: /Reason/ }));
    await user.click(await screen.findByRole('option', { name: "The timing doesn't work" }));
    await user.type(within(dialog).getByRole('textbox', { name: /Anything to add/ }), 'Busy until March');
    await user.click(within(dialog).getByRole('button', { name: 'Decline proposal' }));
    expect(onDecline).toHaveBeenCalledWith('TIMING', 'Busy until March');
  });

  it('shows no buttons once the reader has answered', () => {
    renderCard({ canRespond: false, acceptedByMeAt: '2027-01-01T00:00:00Z' });
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
    expect(screen.getByText('You accepted; waiting for the other side')).toBeInTheDocument();
  });

  it('links to the match page when given one, and shows a manual pairing without a score', () => {
    renderCard({ detailsHref: '/matches/m7', manual: true, reasons: [aReason(MatchReasonKind.Manual, { note: 'Worked with us before' })] });
    expect(screen.getByRole('link', { name: 'Open the match page' })).toHaveAttribute('href', '/matches/m7');
    expect(screen.getByText('Chosen by curator')).toBeInTheDocument();
    expect(screen.queryByLabelText(/% match/)).not.toBeInTheDocument();
  });
});
