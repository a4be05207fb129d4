import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { MatchCardFieldsFragment } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { ProposalRow } from './ProposalRow';

const match: MatchCardFieldsFragment = {
  __typename: 'Match',
  id: 'm1',
  status: 'PROPOSED',
  score: 0,
  explanation: 'Speaks Korean',
  version: 1,
  manual: true,
  candidateKind: 'VOLUNTEER',
  expiresAt: null,
  offeredAt: null,
  confirmedAt: null,
  completedAt: null,
  nonprofitAcceptedAt: null,
  candidateAcceptedAt: null,
  declineReason: null,
  allowedActions: ['APPROVE', 'REJECT'],
  createdAt: '2026-12-01T00:00:00.000Z',
  breakdown: null,
  reasons: [],
  need: {
    __typename: 'Need',
    id: 'n1',
    title: 'Guide',
    focusArea: 'EDUCATION',
    country: 'JP',
    publishedAt: null,
    nonprofit: { __typename: 'Organization', id: 'o1', name: 'Rainbow' },
  },
  role: { __typename: 'NeedRole', id: 'r1', title: 'Translator', kind: 'VOLUNTEER', seats: 1, seatsFilled: 0, amount: null },
  volunteerProfile: { __typename: 'VolunteerProfile', id: 'p1', headline: '', country: 'KR', user: { __typename: 'User', id: 'u1', name: 'Min-ji Park' } },
  mentorProfile: null,
  fundingOffer: null,
};
const noop = () => undefined;

describe('ProposalRow', () => {
  it('marks a proposal from a network partner with the partner’s name, in the reader’s language', () => {
    const partner = { ...match, proposedByIntermediary: { name: 'Seoul Probono Center' } };
    renderWithProviders(<ProposalRow match={partner} selected={false} busy={false} onSelect={noop} onApprove={noop} onReject={noop} />, { language: 'de' });
    expect(screen.getByText('Vorgeschlagen von Seoul Probono Center')).toBeInTheDocument();
  });

  it('shows no partner for the intermediary’s own proposals', () => {
    renderWithProviders(<ProposalRow match={{ ...match, proposedByIntermediary: null }} selected={false} busy={false} onSelect={noop} onApprove={noop} onReject={noop} />);
    expect(screen.getByText('Min-ji Park')).toBeInTheDocument();
    expect(screen.queryByText(/Proposed by/)).not.toBeInTheDocument();
  });
});
