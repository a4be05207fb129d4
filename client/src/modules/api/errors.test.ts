import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';

import { describeError, isUnauthenticated } from './errors';

describe('describeError', () => {
  it('reads the code, the message and the field messages of a BAD_USER_INPUT error', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Validation failed',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'input.password', message: 'password must be longer than or equal to 10 characters' },
              { field: 'name', message: 'name should not be empty' },
              { field: 'input.newPassword', message: 'newPassword is too easy to guess', code: 'PASSWORD_TOO_WEAK', warning: 'topTen', suggestions: ['anotherWord', 7] },
              { nonsense: true },
            ],
          },
        },
      ],
    });
    expect(describeError(error)).toEqual({
      kind: 'BAD_USER_INPUT',
      serverMessage: 'Validation failed',
      fields: { password: 'password must be longer than or equal to 10 characters', name: 'name should not be empty', newPassword: 'newPassword is too easy to guess' },
      fieldCodes: { newPassword: { code: 'PASSWORD_TOO_WEAK', warning: 'topTen', suggestions: ['anotherWord'] } },
      reason: null,
    });
  });

  it('treats unknown codes as UNKNOWN but keeps a readable message', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'Boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(describeError(error)).toMatchObject({ kind: 'UNKNOWN', serverMessage: 'Boom' });
  });

  it('maps HTTP statuses and fetch failures', () => {
    const unauthorized = new ServerError('Unauthorized', { response: new Response('', { status: 401 }), bodyText: '' });
    expect(describeError(unauthorized).kind).toBe('UNAUTHENTICATED');
    expect(isUnauthenticated(unauthorized)).toBe(true);
    expect(describeError(new TypeError('Failed to fetch')).kind).toBe('NETWORK');
    const unavailable = new ServerError('Service Unavailable', { response: new Response('', { status: 503 }), bodyText: '' });
    expect(describeError(unavailable).kind).toBe('SERVICE_UNAVAILABLE');
    expect(describeError('weird').kind).toBe('UNKNOWN');
  });
});
