import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/renderWithProviders';
import { InvitationSignUpForm } from './InvitationSignUpForm';

const refusal = (extensions: Record<string, unknown>, message = 'Refused.') => new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

async function fillAndSubmit(password = 'paper lanterns drift east') {
  const user = userEvent.setup({ delay: null });
  await user.type(screen.getByLabelText(/^Vollständiger Name/, { selector: 'input' }), 'Jonas Weber');
  await user.type(screen.getByLabelText(/^Passwort/, { selector: 'input' }), password);
  await user.click(screen.getByRole('button', { name: 'Konto anlegen und beitreten' }));
}

describe('InvitationSignUpForm', () => {
  it('sends name, password and the chosen language, never an email', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<InvitationSignUpForm onSubmit={onSubmit} />, { language: 'de' });
    await fillAndSubmit();
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Jonas Weber', password: 'paper lanterns drift east', locale: 'de' });
  });

  it('shows the German reason for a weak password on the password field', async () => {
    const error = refusal({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'password', message: 'password is too easy to guess', code: 'PASSWORD_TOO_WEAK', warning: 'userInputs', suggestions: [] }],
    });
    renderWithProviders(<InvitationSignUpForm onSubmit={vi.fn().mockRejectedValue(error)} />, { language: 'de' });
    await fillAndSubmit('jonas.weber.2026');
    expect(
      await screen.findByText(
        'Dieses Passwort ist zu leicht zu erraten. Es enthält Ihren Namen oder Ihre E-Mail-Adresse. Verwenden Sie mehrere zusammenhanglose Wörter oder einen längeren Satz.',
      ),
    ).toBeInTheDocument();
  });

  it('tells someone who already has an account to sign in, in German', async () => {
    const error = refusal({ code: 'CONFLICT', reason: 'ACCOUNT_EXISTS' }, 'An account with this email already exists.');
    renderWithProviders(<InvitationSignUpForm onSubmit={vi.fn().mockRejectedValue(error)} />, { language: 'de' });
    await fillAndSubmit();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Für die eingeladene E-Mail-Adresse gibt es bereits ein Konto. Bitte melden Sie sich damit an und nehmen Sie die Einladung dann an.',
    );
  });

  it('explains an expired invitation in Japanese', async () => {
    const user = userEvent.setup({ delay: null });
    const error = refusal({ code: 'CONFLICT', reason: 'INVITATION_EXPIRED' });
    renderWithProviders(<InvitationSignUpForm onSubmit={vi.fn().mockRejectedValue(error)} />, { language: 'ja' });
    await user.type(screen.getByLabelText(/^氏名/, { selector: 'input' }), '伊藤 奈央');
    await user.type(screen.getByLabelText(/^パスワード/, { selector: 'input' }), 'paper lanterns drift east');
    await user.click(screen.getByRole('button', { name: 'アカウントを作成して参加' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('この招待は期限切れです。');
  });
});
