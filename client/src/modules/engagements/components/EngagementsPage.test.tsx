import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { EngagementsDocument, MembershipRole, OrganizationKind } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { AuthContext, type AuthContextValue, type Viewer } from '../../auth/authContext';
import { EngagementsPage } from './EngagementsPage';

const funder: Viewer = {
  __typename: 'User',
  id: 'u1',
  email: 'fiona@kind.example',
  name: 'Fiona',
  locale: 'en',
  isPlatformAdmin: false,
  memberships: [
    {
      __typename: 'Membership',
      id: 'm1',
      role: MembershipRole.Member,
      organization: { __typename: 'Organization', id: 'kind', name: 'Kind Foundation', kind: OrganizationKind.Funder },
    },
  ],
  volunteerProfile: null,
  mentorProfile: null,
};

const auth: AuthContextValue = { status: 'authenticated', viewer: funder, error: null, reload: () => undefined, startSession: () => undefined, signOut: () => Promise.resolve() };

// As the API answers the funder on a confirmed grant: the nonprofit starts it, so no START for the funder.
const grant = {
  __typename: 'Match',
  id: 'g1',
  status: 'CONFIRMED',
  score: 0.8,
  breakdown: null,
  explanation: 'Fits the focus area',
  reasons: [],
  version: 3,
  manual: false,
  candidateKind: 'FUNDING',
  expiresAt: null,
  offeredAt: '2026-11-01T00:00:00Z',
  confirmedAt: '2026-11-03T00:00:00Z',
  completedAt: null,
  nonprofitAcceptedAt: '2026-11-02T00:00:00Z',
  candidateAcceptedAt: '2026-11-03T00:00:00Z',
  declineReason: null,
  statusNote: null,
  allowedActions: [],
  createdAt: '2026-10-30T00:00:00Z',
  need: {
    __typename: 'Need',
    id: 'n1',
    title: 'Kitchen equipment',
    focusArea: 'CHILDREN_YOUTH',
    country: 'DE',
    publishedAt: '2026-10-01T00:00:00Z',
    nonprofit: { __typename: 'Organization', id: 'tafel', name: 'Tafel Nord' },
  },
  role: { __typename: 'NeedRole', id: 'r1', title: 'Seed money', kind: 'FUNDING', seats: 1, seatsFilled: 1, amount: 4000 },
  volunteerProfile: null,
  mentorProfile: null,
  fundingOffer: { __typename: 'FundingOffer', id: 'fo1', title: 'Seed grants', currency: 'EUR', funder: { __typename: 'Organization', id: 'kind', name: 'Kind Foundation' } },
  confirmedHours: 0,
  hoursLogs: [],
};

const mocks = [
  {
    request: {
      query: EngagementsDocument,
      variables: { filter: { sides: ['NONPROFIT', 'CANDIDATE'], statuses: ['AWAITING_EMPLOYER', 'CONFIRMED', 'ACTIVE', 'COMPLETED', 'EMPLOYER_DECLINED'] }, first: 20 },
    },
    result: { data: { matches: { __typename: 'MatchConnection', nodes: [grant], pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, totalCount: 1 } } },
  },
];

describe('EngagementsPage for a funder', () => {
  it('shows the funded grant with its amount, and neither "Start work" nor "Log hours"', async () => {
    renderWithProviders(
      <AuthContext.Provider value={auth}>
        <EngagementsPage />
      </AuthContext.Provider>,
      { mocks },
    );
    expect(await screen.findByText('Kitchen equipment')).toBeInTheDocument();
    expect(screen.getByText('€4,000')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Start work/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Log hours/ })).not.toBeInTheDocument();
  });
});
