import { CombinedGraphQLErrors, ServerParseError } from '@apollo/client/errors';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/renderWithProviders';
import { ErrorState } from './ErrorState';

function graphQLError(code: string, message: string) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });
}

describe('ErrorState', () => {
  it('shows a title for the code and the API message', () => {
    renderWithProviders(<ErrorState error={graphQLError('FORBIDDEN', 'Only curators of this program can approve')} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("You don't have access to this");
    expect(alert).toHaveTextContent('Only curators of this program can approve');
  });

  it('explains a network failure in words', () => {
    renderWithProviders(<ErrorState error={new TypeError('Failed to fetch')} />);
    expect(screen.getByRole('alert')).toHaveTextContent("Rally can't be reached");
    expect(screen.getByRole('alert')).toHaveTextContent('Check your connection and try again.');
  });

  it('never shows raw JSON', () => {
    const error = new ServerParseError(new Error('Unexpected token'), {
      response: new Response('{"oops":true}', { status: 200 }),
      bodyText: '{"oops":true}',
    });
    renderWithProviders(<ErrorState error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('alert')).not.toHaveTextContent('oops');
  });

  it('hides a JSON-looking server message behind the translated one', () => {
    renderWithProviders(<ErrorState error={graphQLError('CONFLICT', '{"version":3}')} />, { language: 'de' });
    expect(screen.getByRole('alert')).toHaveTextContent('Jemand anderes hat dies geändert');
    expect(screen.getByRole('alert')).not.toHaveTextContent('version');
  });

  it('offers a retry', async () => {
    const onRetry = vi.fn();
    renderWithProviders(<ErrorState error={graphQLError('THROTTLED', 'Slow down')} onRetry={onRetry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
