import { print } from 'graphql';

import { RefreshSessionDocument, type RefreshSessionMutation } from '../../generated/graphql';
import type { SessionTokens } from './tokenStore';

export const GRAPHQL_PATH = '/graphql';

let inFlight: Promise<SessionTokens> | null = null;

async function requestRefresh(refreshToken: string): Promise<SessionTokens> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      operationName: 'RefreshSession',
      query: print(RefreshSessionDocument),
      variables: { refreshToken },
    }),
  });
  const body = (await response.json()) as { data?: RefreshSessionMutation | null };
  const payload = body.data?.refreshSession;
  if (!payload) throw new Error('Session refresh was refused');
  return { accessToken: payload.accessToken, refreshToken: payload.refreshToken };
}

/** Many requests failing at once share one refresh: refresh tokens are single-use. */
export function refreshTokens(refreshToken: string): Promise<SessionTokens> {
  inFlight ??= requestRefresh(refreshToken).finally(() => {
    inFlight = null;
  });
  return inFlight;
}
