import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { InboxDocument, MembershipRole, OrganizationKind } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { AuthContext, type AuthContextValue, type Viewer } from '../../auth/authContext';
import { HomePage } from './HomePage';

const nonprofitAdmin: Viewer = {
  __typename: 'User',
  id: 'u1',
  email: 'nora@tafel.example',
  name: 'Nora',
  locale: 'en',
  isPlatformAdmin: false,
  memberships: [
    { __typename: 'Membership', id: 'm1', role: MembershipRole.Admin, organization: { __typename: 'Organization', id: 'np', name: 'Tafel', kind: OrganizationKind.Nonprofit } },
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

const item = (count: number, deadline: string | null = null, since: string | null = null) => ({ __typename: 'InboxItem' as const, count, since, deadline });

const inboxMock = (inbox: object) => ({ request: { query: InboxDocument }, result: { data: { inbox: { __typename: 'Inbox', ...inbox } } } });

const empty = {
  proposalsToReview: item(0),
  offersToAnswer: item(0),
  needOffersToAnswer: item(0),
  hoursToConfirm: item(0),
  interestsToReview: item(0),
  followUpsToAnswer: item(0),
  unreadMessages: 0,
};

const renderHome = (inbox: object, language: 'en' | 'de' | 'ja' = 'en') =>
  renderWithProviders(
    <AuthContext.Provider value={auth(nonprofitAdmin)}>
      <HomePage />
    </AuthContext.Provider>,
    { mocks: [inboxMock(inbox)], language },
  );

describe('HomePage', () => {
  it('lists what waits for the reader with counts, deadlines and links, not the menu', async () => {
    renderHome({ ...empty, needOffersToAnswer: item(2, '2030-01-15T00:00:00Z'), hoursToConfirm: item(1, null, '2026-01-01T00:00:00Z'), unreadMessages: 3 });
    const offers = await screen.findByRole('link', { name: /2 candidates offered for your needs/ });
    expect(offers).toHaveAttribute('href', '/needs');
    expect(offers).toHaveTextContent('Next deadline Jan 15, 2030');
    expect(screen.getByRole('link', { name: /1 hours entry to confirm/ })).toHaveAttribute('href', '/engagements');
    expect(screen.getByRole('link', { name: /3 unread messages/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Post a need/ })).not.toBeInTheDocument();
  });

  it('offers the next setup step when nothing waits, in German', async () => {
    renderHome(empty, 'de');
    expect(await screen.findByText('Im Moment wartet nichts auf Sie.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bedarf veröffentlichen' })).toHaveAttribute('href', '/needs/new');
  });

  it('shows an error with a retry when the inbox cannot be loaded', async () => {
    renderWithProviders(
      <AuthContext.Provider value={auth(nonprofitAdmin)}>
        <HomePage />
      </AuthContext.Provider>,
      { mocks: [{ request: { query: InboxDocument }, error: new Error('offline') }] },
    );
    expect(await screen.findByRole('button', { name: /Try again/ })).toBeInTheDocument();
  });
});
