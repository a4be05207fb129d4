import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { MembershipRole, NetworkImpactDocument, NetworkPageDocument, OrganizationKind } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { AuthContext, type Viewer } from '../../auth/authContext';
import { NetworkPage, openVolunteerRoles } from './NetworkPage';

const role = (id: string, kind: string, seats: number, seatsFilled: number) => ({ __typename: 'NeedRole', id, kind, title: `Role ${id}`, seats, seatsFilled });
const shared = (needId: string, title: string, owner: { id: string; name: string }, roles: ReturnType<typeof role>[]) => ({
  __typename: 'SharedNeed',
  needId,
  programId: null,
  sharedAt: '2026-12-01T00:00:00.000Z',
  sharedByName: '高橋 陽子',
  owner: { __typename: 'Organization', ...owner },
  need: { __typename: 'Need', id: needId, title, country: 'JP', status: 'OPEN', roles },
});

const page = {
  request: { query: NetworkPageDocument, variables: { id: 'net1' } },
  result: {
    data: {
      network: {
        __typename: 'Network',
        id: 'net1',
        name: 'Asia Pro Bono Network',
        region: 'Asia',
        description: 'Ten intermediaries',
        members: [
          { __typename: 'Organization', id: 'jp', name: 'Probono Link Japan', country: 'JP' },
          { __typename: 'Organization', id: 'kr', name: 'Seoul Probono Center', country: 'KR' },
        ],
        sharedNeeds: [
          shared('n1', 'Multilingual guide', { id: 'jp', name: 'Probono Link Japan' }, [role('r1', 'VOLUNTEER', 2, 0)]),
          shared('n2', 'Seoul website', { id: 'kr', name: 'Seoul Probono Center' }, [role('r2', 'VOLUNTEER', 1, 0)]),
        ],
      },
    },
  },
};
const impact = {
  request: { query: NetworkImpactDocument, variables: { networkId: 'net1' } },
  result: {
    data: {
      impact: {
        __typename: 'ImpactReport',
        currency: 'EUR',
        totals: { __typename: 'ImpactFigures', proposals: 9, offers: 7, confirmed: 5, confirmedHours: 120, hoursValue: 9000 },
        viaNetwork: { __typename: 'ImpactFigures', proposals: 3, offers: 2, confirmed: 1, confirmedHours: 10 },
      },
    },
  },
};

// The viewer curates for the Seoul member: they may propose for Japan's need, not for their own.
const viewer: Viewer = {
  __typename: 'User',
  id: 'u1',
  email: 'curator@seoul.example',
  name: 'Curator',
  locale: 'en',
  isPlatformAdmin: false,
  volunteerProfile: null,
  mentorProfile: null,
  memberships: [
    {
      __typename: 'Membership',
      id: 'm1',
      role: MembershipRole.Admin,
      organization: { __typename: 'Organization', id: 'kr', name: 'Seoul Probono Center', kind: OrganizationKind.Intermediary },
    },
  ],
};

describe('NetworkPage', () => {
  it('lists shared needs with their owner, offers to propose only for partners’ needs, and shows joint impact', async () => {
    const auth = { status: 'authenticated' as const, viewer, error: null, reload: () => undefined, startSession: () => undefined, signOut: () => Promise.resolve() };
    renderWithProviders(
      <AuthContext.Provider value={auth}>
        <Routes>
          <Route path="/networks/:networkId" element={<NetworkPage />} />
        </Routes>
      </AuthContext.Provider>,
      { mocks: [page, impact], route: '/networks/net1' },
    );
    const japan = (await screen.findByText('Multilingual guide')).closest('tr') as HTMLElement;
    expect(within(japan).getByText('Probono Link Japan')).toBeInTheDocument();
    expect(within(japan).getByText('高橋 陽子')).toBeInTheDocument();
    expect(screen.getByText('2 members')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Joint statements' })).toHaveAttribute('href', '/networks/net1/statements');
    expect(within(japan).getByRole('button', { name: 'Propose a volunteer' })).toBeInTheDocument();
    const seoul = screen.getByText('Seoul website').closest('tr') as HTMLElement;
    expect(within(seoul).queryByRole('button', { name: 'Propose a volunteer' })).not.toBeInTheDocument();
    expect(await screen.findByText('Proposed through the network')).toBeInTheDocument();
  });

  it('keeps only volunteer roles with a free seat for proposals', () => {
    const need = shared('n1', 'x', { id: 'jp', name: 'J' }, [role('a', 'VOLUNTEER', 1, 1), role('b', 'MENTOR', 1, 0), role('c', 'VOLUNTEER', 2, 1)]);
    expect(openVolunteerRoles(need as Parameters<typeof openVolunteerRoles>[0]).map((r) => r.id)).toEqual(['c']);
  });
});
