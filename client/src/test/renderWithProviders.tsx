import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';

import { LocalizedDates } from '../app/AppProviders';
import { theme } from '../app/theme';
import { AuthProvider } from '../modules/auth/components/AuthProvider';
import { createI18n, type SupportedLanguage } from '../modules/i18n/i18n';

export interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  route?: string;
  language?: SupportedLanguage;
  withAuth?: boolean;
}

export function renderWithProviders(
  ui: ReactElement,
  { mocks = [], route = '/', language = 'en', withAuth = false }: RenderOptions = {},
): ReturnType<typeof render> & { i18n: I18n } {
  const i18n = createI18n(language);
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} env="test">
          <LocalizedDates>
            <MockedProvider mocks={mocks}>
              <MemoryRouter initialEntries={[route]}>{withAuth ? <AuthProvider>{children}</AuthProvider> : children}</MemoryRouter>
            </MockedProvider>
          </LocalizedDates>
        </MantineProvider>
      </I18nextProvider>
    );
  }
  return Object.assign(render(ui, { wrapper: Wrapper }), { i18n });
}
