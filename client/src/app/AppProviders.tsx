import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';

import { AuthProvider } from '../modules/auth/components/AuthProvider';
import { cssVariablesResolver, theme } from './theme';

/** Mantine date inputs name months and order the parts in the current language. */
export function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.resolvedLanguage ?? 'en' }}>{children}</DatesProvider>;
}

export interface AppProvidersProps {
  client: ApolloClient;
  i18n: I18n;
  children: ReactNode;
}

export function AppProviders({ client, i18n, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <LocalizedDates>
          {/* Bottom-right: at the top they covered the language switcher and the notifications bell. */}
          <Notifications position="bottom-right" />
          <ApolloProvider client={client}>
            <AuthProvider>{children}</AuthProvider>
          </ApolloProvider>
        </LocalizedDates>
      </MantineProvider>
    </I18nextProvider>
  );
}
