import { useSyncExternalStore } from 'react';

import { type SessionTokens, tokenStore } from '../../api/tokenStore';

export function useSessionTokens(): SessionTokens | null {
  return useSyncExternalStore(tokenStore.subscribe, tokenStore.get, tokenStore.get);
}
