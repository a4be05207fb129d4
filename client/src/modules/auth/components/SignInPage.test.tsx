import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
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

function renderSignIn(mocks: unknown[]) {
  renderWithProviders(
    <Routes>
      <Route element={<RedirectIfAuthenticated />}>
        <Route path="/sign-in" element={<SignInPage />} />
      </Route>
      <Route path="/" element={<p>Signed-in home</p>} />
    </Routes>,
    { mocks: mocks as never, route: '/sign-in', withAuth: true },
  );
}

const signInMock = (password: string) => ({
  request: { query: SignInDocument, variables: { input: { email: 'ada@example.org', password } } },
  result: { data: { signIn: { __typename: 'AuthPayload', accessToken: 'access-1', refreshToken: 'refresh-1', user: viewer } } },
});

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

  it('keeps the language picked on the sign-in page instead of the account language', async () => {
    const user = userEvent.setup({ delay: null });
    renderSignIn([signInMock('correct horse')]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '日本語');
    expect(document.documentElement.lang).toBe('ja');
    await user.type(screen.getByLabelText(/^メール/i, { selector: 'input' }), 'ada@example.org');
    await user.type(screen.getByLabelText(/^パスワード/i, { selector: 'input' }), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'サインイン' }));
    expect(await screen.findByText('Signed-in home')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ja');
    tokenStore.clear();
  });

  it('answers a wrong short password with the sign-in refusal, not a length rule', async () => {
    const user = userEvent.setup({ delay: null });
    renderSignIn([
      {
        request: { query: SignInDocument, variables: { input: { email: 'ada@example.org', password: 'abc' } } },
        result: { errors: [new GraphQLError('The email or password is not right.', { extensions: { code: 'UNAUTHENTICATED' } })] },
      },
    ]);
    await user.type(screen.getByLabelText(/^email/i, { selector: 'input' }), 'ada@example.org');
    await user.type(screen.getByLabelText(/^password/i, { selector: 'input' }), 'abc');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/email or password is not right/i)).toBeInTheDocument();
    expect(screen.queryByText(/at least|characters|too short/i)).not.toBeInTheDocument();
    expect(screen.queryByText('Signed-in home')).not.toBeInTheDocument();
  });
});
