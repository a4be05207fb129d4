import { createContext } from 'react';

import type { ViewerFieldsFragment } from '../../generated/graphql';
import type { SessionTokens } from '../api/tokenStore';

export type Viewer = ViewerFieldsFragment;

export type AuthStatus = 'loading' | 'authenticated' | 'anonymous' | 'error';

export interface AuthContextValue {
  status: AuthStatus;
  viewer: Viewer | null;
  /** Why the viewer could not be loaded while a session exists (status 'error'). */
  error: unknown;
  reload: () => void;
  /** Stores a fresh session returned by signIn or signUp. */
  startSession: (tokens: SessionTokens, viewer: Viewer) => void;
  signOut: () => Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
