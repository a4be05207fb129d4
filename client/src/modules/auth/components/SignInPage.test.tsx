import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { SignInDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { tokenStore } from '../../api/tokenStore';
import { RedirectIfAuthenticated } from './RedirectIfAuthenticated';
import { SignInPage } from './SignInPage';

const viewer = {
  __typename: 'User' as const,
  id: 'u1',
  email: 'ada@example.org',
  name: 'Ada Lovelace',
  locale: 'de',
  isPlatformAdmin: false,
  memberships: [],
  volunteerProfile: null,
  mentorProfile: null,
};

describe('SignInPage', () => {
  it('stores the session, applies the account language and leaves the sign-in page', async () => {
    const mocks = [
      {
        request: { query: SignInDocument, variables: { input: { email: 'ada@example.org', password: 'correct horse' } } },
        result: { data: { signIn: { __typename: 'AuthPayload', accessToken: 'access-1', refreshToken: 'refresh-1', user: viewer } } },
      },
    ];
    renderWithProviders(
      <Routes>
        <Route element={<RedirectIfAuthenticated />}>
          <Route path="/sign-in" element={<SignInPage />} />
        </Route>
        <Route path="/" element={<p>Signed-in home</p>} />
      </Routes>,
      { mocks, route: '/sign-in', withAuth: true },
    );
    await userEvent.type(screen.getByLabelText(/^email/i, { selector: 'input' }), 'ada@example.org');
    await userEvent.type(screen.getByLabelText(/^password/i, { selector: 'input' }), 'correct horse');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Signed-in home')).toBeInTheDocument();
    expect(tokenStore.get()).toEqual({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    expect(document.documentElement.lang).toBe('de');
    tokenStore.clear();
  });
});
