import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { catchError, from, switchMap, tap, throwError } from 'rxjs';

import { typePolicies } from './cachePolicies';
import { isUnauthenticated } from './errors';
import { GRAPHQL_PATH, refreshTokens } from './refreshTokens';
import { tokenStore } from './tokenStore';

const NO_REFRESH_OPERATIONS = new Set(['SignIn', 'SignUp', 'RefreshSession', 'SignOut']);

export interface CreateApolloClientOptions {
  /** Called when the session cannot be renewed; the app then shows the sign-in page. */
  onSessionExpired: () => void;
  /** The interface language now; the API answers signed-out readers in it (skill names, for one). */
  language?: () => string;
}

function websocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}${GRAPHQL_PATH}`;
}

export function createAuthLink(): ApolloLink {
  return new SetContextLink((prevContext) => {
    const tokens = tokenStore.get();
    if (!tokens) return {};
    return { headers: { ...(prevContext.headers as Record<string, string> | undefined), authorization: `Bearer ${tokens.accessToken}` } };
  });
}

/** Tells the API the interface language on every request, unless the operation already says one. */
export function createLanguageLink(language: () => string): ApolloLink {
  return new SetContextLink((prevContext) => {
    const headers = (prevContext.headers as Record<string, string> | undefined) ?? {};
    if (Object.keys(headers).some((name) => name.toLowerCase() === 'accept-language')) return {};
    return { headers: { ...headers, 'accept-language': language() } };
  });
}

export function createRefreshLink({ onSessionExpired }: CreateApolloClientOptions): ApolloLink {
  const expire = () => {
    tokenStore.clear();
    onSessionExpired();
  };
  return new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || NO_REFRESH_OPERATIONS.has(operation.operationName ?? '')) return;
    const tokens = tokenStore.get();
    if (!tokens) {
      expire();
      return;
    }
    return from(refreshTokens(tokens.refreshToken)).pipe(
      catchError(() => {
        expire();
        return throwError(() => error);
      }),
      switchMap((fresh) => {
        tokenStore.set(fresh);
        // One retry only: a fresh token that is refused as well means the session is over.
        return forward(operation).pipe(
          tap((result) => {
            if (result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) expire();
          }),
        );
      }),
    );
  });
}

function createTransportLink(): ApolloLink {
  const httpLink = new HttpLink({ uri: GRAPHQL_PATH });
  if (typeof window === 'undefined' || typeof WebSocket === 'undefined') return httpLink;
  const wsLink = new GraphQLWsLink(
    createClient({
      url: websocketUrl,
      lazy: true,
      connectionParams: () => {
        const tokens = tokenStore.get();
        return tokens ? { authorization: `Bearer ${tokens.accessToken}` } : {};
      },
    }),
  );
  return ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    wsLink,
    httpLink,
  );
}

export function createApolloClient(options: CreateApolloClientOptions): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([createRefreshLink(options), ...(options.language ? [createLanguageLink(options.language)] : []), createAuthLink(), createTransportLink()]),
    cache: new InMemoryCache({ typePolicies }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
