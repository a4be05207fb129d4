import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type ReactNode, useCallback, useEffect, useMemo } from 'react';

import { MeDocument, SignOutDocument } from '../../../generated/graphql';
import { type SessionTokens, tokenStore } from '../../api/tokenStore';
import { AuthContext, type AuthContextValue, type AuthStatus, type Viewer } from '../authContext';
import { useSessionTokens } from '../hooks/useSessionTokens';

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const tokens = useSessionTokens();
  const { data, loading, error, refetch } = useQuery(MeDocument, {
    skip: !tokens,
    fetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const [signOutMutation] = useMutation(SignOutDocument);

  // A token the API no longer knows yields `me: null` rather than an error.
  const meIsNull = Boolean(tokens) && !loading && !error && data !== undefined && data.me === null;
  useEffect(() => {
    if (meIsNull) tokenStore.clear();
  }, [meIsNull]);

  const startSession = useCallback(
    (fresh: SessionTokens, viewer: Viewer) => {
      client.writeQuery({ query: MeDocument, data: { me: viewer } });
      tokenStore.set(fresh);
    },
    [client],
  );

  const signOut = useCallback(async () => {
    const current = tokenStore.get();
    tokenStore.clear();
    await client.clearStore();
    if (current) {
      // Revoking the refresh token is best effort: the local session is gone either way.
      await signOutMutation({ variables: { refreshToken: current.refreshToken } }).catch(() => undefined);
    }
  }, [client, signOutMutation]);

  const reload = useCallback(() => {
    void refetch();
  }, [refetch]);

  const viewer = tokens ? (data?.me ?? null) : null;
  let status: AuthStatus = 'anonymous';
  if (tokens && viewer) status = 'authenticated';
  else if (tokens && error) status = 'error';
  else if (tokens && !meIsNull) status = 'loading';

  const value = useMemo<AuthContextValue>(
    () => ({ status, viewer, error: status === 'error' ? error : null, reload, startSession, signOut }),
    [status, viewer, error, reload, startSession, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
