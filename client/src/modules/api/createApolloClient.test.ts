import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { Observable } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { MeDocument } from '../../generated/graphql';
import { createAuthLink, createLanguageLink, createRefreshLink } from './createApolloClient';
import { tokenStore } from './tokenStore';

const me = {
  __typename: 'User',
  id: 'u1',
  email: 'ada@example.org',
  name: 'Ada',
  locale: 'en',
  isPlatformAdmin: false,
  memberships: [],
  volunteerProfile: null,
  mentorProfile: null,
};

/** A fake API that accepts only the given access token. */
function fakeApi(validToken: string, seen: string[]): ApolloLink {
  return new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const header = (operation.getContext().headers as Record<string, string> | undefined)?.authorization ?? '';
        seen.push(header);
        observer.next(header === `Bearer ${validToken}` ? { data: { me } } : { errors: [{ message: 'Session expired', extensions: { code: 'UNAUTHENTICATED' } }] });
        observer.complete();
      }),
  );
}

function clientWith(api: ApolloLink, onSessionExpired = vi.fn()) {
  const client = new ApolloClient({
    link: ApolloLink.from([createRefreshLink({ onSessionExpired }), createAuthLink(), api]),
    cache: new InMemoryCache(),
  });
  return { client, onSessionExpired };
}

function mockRefreshResponse(body: unknown) {
  return vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(body), { status: 200 }));
}

afterEach(() => {
  vi.restoreAllMocks();
  tokenStore.clear();
});

describe('Apollo link chain', () => {
  it('sends the access token as a bearer header', async () => {
    tokenStore.set({ accessToken: 'good', refreshToken: 'r1' });
    const seen: string[] = [];
    const { client } = clientWith(fakeApi('good', seen));
    const result = await client.query({ query: MeDocument });
    expect(result.data?.me?.name).toBe('Ada');
    expect(seen).toEqual(['Bearer good']);
  });

  it('refreshes once on UNAUTHENTICATED and retries with the new token', async () => {
    tokenStore.set({ accessToken: 'stale', refreshToken: 'r1' });
    const fetchSpy = mockRefreshResponse({ data: { refreshSession: { accessToken: 'fresh', refreshToken: 'r2' } } });
    const seen: string[] = [];
    const { client, onSessionExpired } = clientWith(fakeApi('fresh', seen));
    const result = await client.query({ query: MeDocument });
    expect(result.data?.me?.id).toBe('u1');
    expect(seen).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(tokenStore.get()).toEqual({ accessToken: 'fresh', refreshToken: 'r2' });
    const body = JSON.parse(fetchSpy.mock.calls[0]?.[1]?.body as string) as { variables: unknown };
    expect(body.variables).toEqual({ refreshToken: 'r1' });
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('ends the session when the refresh is refused', async () => {
    tokenStore.set({ accessToken: 'stale', refreshToken: 'revoked' });
    mockRefreshResponse({ data: null, errors: [{ message: 'Invalid refresh token', extensions: { code: 'UNAUTHENTICATED' } }] });
    const { client, onSessionExpired } = clientWith(fakeApi('fresh', []));
    await expect(client.query({ query: MeDocument })).rejects.toThrow('Session expired');
    expect(onSessionExpired).toHaveBeenCalledOnce();
    expect(tokenStore.get()).toBeNull();
  });

  it('does not loop when the refreshed token is refused too', async () => {
    tokenStore.set({ accessToken: 'stale', refreshToken: 'r1' });
    mockRefreshResponse({ data: { refreshSession: { accessToken: 'also-bad', refreshToken: 'r2' } } });
    const seen: string[] = [];
    const { client, onSessionExpired } = clientWith(fakeApi('never', seen));
    await expect(client.query({ query: MeDocument })).rejects.toThrow();
    expect(seen).toHaveLength(2);
    expect(onSessionExpired).toHaveBeenCalledOnce();
  });

  it('tells the API the interface language of the moment, unless the operation names one', async () => {
    let language = 'de';
    const seen: (string | undefined)[] = [];
    const api = new ApolloLink(
      (operation) =>
        new Observable((observer) => {
          seen.push((operation.getContext().headers as Record<string, string> | undefined)?.['accept-language']);
          observer.next({ data: { me } });
          observer.complete();
        }),
    );
    const client = new ApolloClient({ link: ApolloLink.from([createLanguageLink(() => language), api]), cache: new InMemoryCache() });
    await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
    language = 'ja';
    await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
    await client.query({ query: MeDocument, fetchPolicy: 'network-only', context: { headers: { 'Accept-Language': 'en' } } });
    expect(seen).toEqual(['de', 'ja', undefined]);
  });
});
