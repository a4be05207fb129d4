import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { MeDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { tokenStore } from '../../api/tokenStore';
import { RequireAuth } from './RequireAuth';

function app() {
  return (
    <Routes>
      <Route path="/sign-in" element={<p>Sign-in page</p>} />
      <Route element={<RequireAuth />}>
        <Route path="/needs" element={<p>Our needs</p>} />
      </Route>
    </Routes>
  );
}

describe('RequireAuth', () => {
  it('sends a visitor without a session to sign in', async () => {
    renderWithProviders(app(), { route: '/needs', withAuth: true });
    expect(await screen.findByText('Sign-in page')).toBeInTheDocument();
  });

  it('shows the page once the session is confirmed by the API', async () => {
    tokenStore.set({ accessToken: 'a', refreshToken: 'r' });
    const me = {
      __typename: 'User',
      id: 'u1',
      email: 'a@example.org',
      name: 'A',
      locale: 'en',
      isPlatformAdmin: false,
      memberships: [],
      volunteerProfile: null,
      mentorProfile: null,
    };
    renderWithProviders(app(), { route: '/needs', withAuth: true, mocks: [{ request: { query: MeDocument }, result: { data: { me } } }] });
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(await screen.findByText('Our needs')).toBeInTheDocument();
    tokenStore.clear();
  });

  it('shows a readable error, not the sign-in page, when the API cannot be reached', async () => {
    tokenStore.set({ accessToken: 'a', refreshToken: 'r' });
    renderWithProviders(app(), { route: '/needs', withAuth: true, mocks: [{ request: { query: MeDocument }, error: new TypeError('Failed to fetch') }] });
    expect(await screen.findByRole('alert')).toHaveTextContent("Rally can't be reached");
    tokenStore.clear();
  });
});
