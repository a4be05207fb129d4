import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/renderWithProviders';
import { SignInForm } from './SignInForm';

function setup(onSubmit = vi.fn().mockResolvedValue(undefined)) {
  renderWithProviders(<SignInForm onSubmit={onSubmit} />);
  return {
    onSubmit,
    email: screen.getByLabelText(/^email/i, { selector: 'input' }),
    password: screen.getByLabelText(/^password/i, { selector: 'input' }),
    submit: screen.getByRole('button', { name: 'Sign in' }),
  };
}

describe('SignInForm', () => {
  it('labels every input', () => {
    const { email, password } = setup();
    expect(email).toHaveAttribute('type', 'email');
    expect(password).toHaveAttribute('type', 'password');
  });

  it('rejects an empty form without calling the API', async () => {
    const { onSubmit, submit } = setup();
    await userEvent.click(submit);
    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('rejects a malformed email without calling the API', async () => {
    const { onSubmit, email, password, submit } = setup();
    await userEvent.type(email, 'ada@example');
    await userEvent.type(password, '123456789');
    await userEvent.click(submit);
    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends a short password to the API instead of judging its length: only sign-up has rules', async () => {
    const { onSubmit, email, password, submit } = setup();
    await userEvent.type(email, 'ada@example.org');
    await userEvent.type(password, 'short');
    await userEvent.click(submit);
    expect(onSubmit).toHaveBeenCalledWith({ email: 'ada@example.org', password: 'short' });
    expect(screen.queryByText('Password must be at least 10 characters')).not.toBeInTheDocument();
  });

  it('submits trimmed credentials when they are valid', async () => {
    const { onSubmit, email, password, submit } = setup();
    await userEvent.type(email, '  ada@example.org ');
    await userEvent.type(password, 'correct horse');
    await userEvent.click(submit);
    expect(onSubmit).toHaveBeenCalledWith({ email: 'ada@example.org', password: 'correct horse' });
    expect(screen.queryByText('Enter a valid email address')).not.toBeInTheDocument();
  });

  it('puts BAD_USER_INPUT field messages from the API on the fields', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Invalid input',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.email', message: 'This email is blocked' }] },
        },
      ],
    });
    const { email, password, submit } = setup(vi.fn().mockRejectedValue(error));
    await userEvent.type(email, 'ada@example.org');
    await userEvent.type(password, 'correct horse');
    await userEvent.click(submit);
    expect(await screen.findByText('This email is blocked')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the API message for a refused sign-in, not raw JSON', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const { email, password, submit } = setup(vi.fn().mockRejectedValue(error));
    await userEvent.type(email, 'ada@example.org');
    await userEvent.type(password, 'wrong password');
    await userEvent.click(submit);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Wrong email or password');
    expect(alert).not.toHaveTextContent('{');
  });
});
