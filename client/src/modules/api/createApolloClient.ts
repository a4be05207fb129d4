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
    link: ApolloLink.from([createRefreshLink(options), createAuthLink(), createTransportLink()]),
    cache: new InMemoryCache({ typePolicies }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
