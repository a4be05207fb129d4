import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { FundingOffersDocument, MembershipRole, OrganizationKind, UpdateFundingOfferDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { AuthContext, type AuthContextValue, type Viewer } from '../../auth/authContext';
import { FundingOffersPage } from './FundingOffersPage';

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

const offer = {
  __typename: 'FundingOffer' as const,
  id: 'fo1',
  funderId: 'kind',
  title: 'Seed grants',
  description: 'Small grants',
  focusAreas: [],
  countries: ['DE'],
  minTicket: 1000,
  maxTicket: 20000,
  budgetTotal: 50000,
  budgetLeft: 50000,
  currency: 'EUR',
  active: true,
  createdAt: '2026-10-01T00:00:00Z',
  funder: { __typename: 'Organization' as const, id: 'kind', name: 'Kind Foundation' },
};

const list = {
  request: { query: FundingOffersDocument, variables: { filter: { funderId: 'kind' }, first: 20 } },
  result: {
    data: { fundingOffers: { __typename: 'FundingOfferConnection', nodes: [offer], pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, totalCount: 1 } },
  },
};

const input = { title: 'Seed grants 2027', description: 'Small grants', focusAreas: [], countries: ['DE'], minTicket: 1000, maxTicket: 20000, budgetTotal: 50000, currency: 'EUR' };
let updated = false;
const update = {
  request: { query: UpdateFundingOfferDocument, variables: { id: 'fo1', input } },
  result: () => {
    updated = true;
    return { data: { updateFundingOffer: { ...offer, title: input.title } } };
  },
};

describe('FundingOffersPage', () => {
  it('lets the funder edit its offer', async () => {
    renderWithProviders(
      <AuthContext.Provider value={auth}>
        <FundingOffersPage />
      </AuthContext.Provider>,
      { mocks: [list, update] },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit funding offer' });
    const title = within(dialog).getByRole('textbox', { name: /Title/ });
    expect(title).toHaveValue('Seed grants');
    fireEvent.change(title, { target: { value: 'Seed grants 2027' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save funding offer' }));
    await waitFor(() => expect(updated).toBe(true));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit funding offer' })).not.toBeInTheDocument());
  });
});
