import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../test/renderWithProviders';
import { SignInPage } from '../../auth/components/SignInPage';

describe('LanguageSwitcher', () => {
  it('switches the visible text of the page to German and Japanese', async () => {
    renderWithProviders(<SignInPage />, { withAuth: true });
    expect(screen.getByRole('heading', { name: 'Sign in to Rally' })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    expect(await screen.findByRole('heading', { name: 'Bei Rally anmelden' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeInTheDocument();
    expect(screen.getByLabelText(/E-Mail/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem('rally.language')).toBe('de');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'ja');
    expect(await screen.findByRole('heading', { name: 'Rally にサインイン' })).toBeInTheDocument();
  });

  it('translates validation messages into the chosen language', async () => {
    renderWithProviders(<SignInPage />, { withAuth: true, language: 'de' });
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByText('Geben Sie eine gültige E-Mail-Adresse ein')).toBeInTheDocument();
  });
});
