import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/renderWithProviders';
import { SignUpForm } from './SignUpForm';

describe('SignUpForm', () => {
  it('requires a name, a valid email and a 10-character password, and sends the chosen language', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<SignUpForm onSubmit={onSubmit} />, { language: 'ja' });

    await user.click(screen.getByRole('button', { name: 'アカウントを作成' }));
    expect(await screen.findByText('氏名を入力してください')).toBeInTheDocument();
    expect(screen.getByText('有効なメールアドレスを入力してください')).toBeInTheDocument();
    expect(screen.getByText('パスワードは10文字以上で入力してください')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/^氏名/, { selector: 'input' }), '田中 由紀');
    await user.type(screen.getByLabelText(/^メールアドレス/, { selector: 'input' }), 'yuki@example.jp');
    await user.type(screen.getByLabelText(/^パスワード/, { selector: 'input' }), 'long enough pw');
    await user.click(screen.getByRole('button', { name: 'アカウントを作成' }));
    expect(onSubmit).toHaveBeenCalledWith({ name: '田中 由紀', email: 'yuki@example.jp', password: 'long enough pw', locale: 'ja' });
  });

  it('shows why the API refused a password that is easy to guess, on the password field', async () => {
    const user = userEvent.setup({ delay: null });
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Please choose another password: it is too easy to guess.',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'password', message: 'password is too easy to guess (it is a sequence like 1234 or abcd)' }],
          },
        },
      ],
    });
    renderWithProviders(<SignUpForm onSubmit={vi.fn().mockRejectedValue(error)} />);
    await user.type(screen.getByLabelText(/^full name/i, { selector: 'input' }), 'Ada');
    await user.type(screen.getByLabelText(/^email/i, { selector: 'input' }), 'ada@example.org');
    await user.type(screen.getByLabelText(/^password/i, { selector: 'input' }), '1234567890');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('password is too easy to guess (it is a sequence like 1234 or abcd)')).toBeInTheDocument();
  });

  it('words a coded weak-password refusal in the reader’s language, here German', async () => {
    const user = userEvent.setup({ delay: null });
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Please choose another password: it is too easy to guess.',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              {
                field: 'password',
                message: 'password is too easy to guess (it is a sequence like 1234 or abcd)',
                code: 'PASSWORD_TOO_WEAK',
                warning: 'sequences',
                suggestions: ['anotherWord', 'someKeyThisClientDoesNotKnow'],
              },
            ],
          },
        },
      ],
    });
    renderWithProviders(<SignUpForm onSubmit={vi.fn().mockRejectedValue(error)} />, { language: 'de' });
    await user.type(screen.getByLabelText(/^Vollständiger Name|^Name/i, { selector: 'input' }), 'Ada');
    await user.type(screen.getByLabelText(/^E-Mail/i, { selector: 'input' }), 'ada@example.org');
    await user.type(screen.getByLabelText(/^Passwort/i, { selector: 'input' }), '1234567890');
    await user.click(screen.getByRole('button', { name: 'Konto erstellen' }));
    expect(
      await screen.findByText('Dieses Passwort ist zu leicht zu erraten. Es ist eine Folge wie 1234 oder abcd. Fügen Sie weitere, weniger gebräuchliche Wörter hinzu.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/too easy to guess/)).not.toBeInTheDocument();
  });
});
