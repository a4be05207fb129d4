import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { act, screen } from '@testing-library/react';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createI18n } from '../modules/i18n/i18n';
import { AppProviders } from './AppProviders';

describe('AppProviders', () => {
  it('shows toasts at the bottom right, clear of the language switcher and bell at the top', async () => {
    const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });
    render(
      <AppProviders client={client} i18n={createI18n('en')}>
        <p>page</p>
      </AppProviders>,
    );
    act(() => {
      notifications.show({ message: 'Hours logged.' });
    });
    const toast = await screen.findByText('Hours logged.');
    const container = toast.closest('[data-position]');
    expect(container).toHaveAttribute('data-position', 'bottom-right');
  });
});
