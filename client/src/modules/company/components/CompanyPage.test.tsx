import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { CompanyEngagementsDocument, ImpactDocument, MatchStatus, MembershipRole, OrganizationKind, SignOffState } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { AuthContext, type AuthContextValue, type Viewer } from '../../auth/authContext';
import { CompanyPage } from './CompanyPage';

const admin: Viewer = {
  __typename: 'User',
  id: 'u1',
  email: 'anna@acme.example',
  name: 'Anna',
  locale: 'en',
  isPlatformAdmin: false,
  memberships: [
    { __typename: 'Membership', id: 'm1', role: MembershipRole.Admin, organization: { __typename: 'Organization', id: 'acme', name: 'Acme', kind: OrganizationKind.Company } },
  ],
  volunteerProfile: null,
  mentorProfile: null,
};

const auth = (v: Viewer): AuthContextValue => ({
  status: 'authenticated',
  viewer: v,
  error: null,
  reload: () => undefined,
  startSession: () => undefined,
  signOut: () => Promise.resolve(),
});

const company = {
  __typename: 'CompanyEngagements',
  employees: [
    { __typename: 'CompanyEmployee', volunteerProfileId: 'vp1', name: 'Vera Volunteer', engagements: 1, confirmedHours: 2.5 },
    { __typename: 'CompanyEmployee', volunteerProfileId: 'vp2', name: 'Walter Waiting', engagements: 0, confirmedHours: 0 },
  ],
  engagements: [
    {
      __typename: 'CompanyEngagement',
      matchId: 'match1',
      volunteerProfileId: 'vp1',
      employeeName: 'Vera Volunteer',
      needId: 'n1',
      needTitle: 'Website relaunch',
      nonprofitName: 'Tafel Nord',
      status: MatchStatus.Active,
      confirmedHours: 2.5,
      confirmedAt: '2026-11-01T00:00:00Z',
      signOff: SignOffState.NotRequired,
      signOffReason: null,
      version: 3,
    },
  ],
  totals: { __typename: 'CompanyEngagementTotals', employees: 2, ongoing: 1, completed: 0, confirmedHours: 2.5, awaitingSignOff: 0 },
  requiresSignOff: false,
};

const figures = {
  __typename: 'ImpactFigures',
  proposals: 3,
  offers: 2,
  confirmed: 1,
  completed: 0,
  acceptanceRate: 0.5,
  medianDaysToMatch: 4,
  seats: 0,
  seatsFilled: 0,
  fillRate: null,
  confirmedHours: 2.5,
  hoursValue: 250,
};
const impact = { __typename: 'ImpactReport', currency: 'JPY', from: null, to: null, totals: figures, byFocusArea: [], byCountry: [], byMonth: [] };

const mocks = [
  { request: { query: CompanyEngagementsDocument, variables: { companyId: 'acme' } }, result: { data: { companyEngagements: company } } },
  { request: { query: ImpactDocument, variables: { scope: { companyId: 'acme' } } }, result: { data: { impact } } },
];

const renderPage = (viewer: Viewer, language: 'en' | 'ja' = 'en') =>
  renderWithProviders(
    <AuthContext.Provider value={auth(viewer)}>
      <CompanyPage />
    </AuthContext.Provider>,
    { mocks, language },
  );

describe('CompanyPage', () => {
  it('shows the employees’ engagements with need, nonprofit, status and confirmed hours, totals and a way to invite', async () => {
    renderPage(admin);
    const row = (await screen.findByRole('link', { name: 'Website relaunch' })).closest('tr');
    expect(row).not.toBeNull();
    const cells = within(row as HTMLElement);
    expect(screen.getByRole('link', { name: 'Website relaunch' })).toHaveAttribute('href', '/matches/match1');
    expect(cells.getByText('Tafel Nord')).toBeInTheDocument();
    expect(cells.getByText('Active')).toBeInTheDocument();
    expect(screen.getByText('Walter Waiting')).toBeInTheDocument();
    expect(screen.getByText('Ongoing engagements')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Invite employees/ })).toHaveAttribute('href', '/organization/invitations/import');
    expect(screen.queryByText(/not available yet/)).not.toBeInTheDocument();
  });

  it('shows the company’s impact from the impact report, in the company’s currency', async () => {
    renderPage(admin);
    expect(await screen.findByText('Your company’s impact')).toBeInTheDocument();
    expect(screen.getByText(/¥250/)).toBeInTheDocument();
  });

  it('tells a plain member that the page is for admins, without asking the API', () => {
    renderPage({ ...admin, memberships: [{ ...admin.memberships[0]!, role: MembershipRole.Member }] }, 'ja');
    expect(screen.getByText('表示できる企業がありません')).toBeInTheDocument();
  });
});
