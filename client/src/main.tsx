import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import './app/global.css';

import { notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { AppProviders } from './app/AppProviders';
import { AppRoutes } from './app/AppRoutes';
import { createApolloClient } from './modules/api/createApolloClient';
import { createI18n } from './modules/i18n/i18n';

const i18n = createI18n();
const client = createApolloClient({
  language: () => i18n.language,
  onSessionExpired: () => {
    void client.clearStore();
    notifications.show({ color: 'yellow', title: i18n.t('errors.title.UNAUTHENTICATED'), message: i18n.t('errors.message.UNAUTHENTICATED') });
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <AppProviders client={client} i18n={i18n}>
        <AppRoutes />
      </AppProviders>
    </BrowserRouter>
  </StrictMode>,
);
