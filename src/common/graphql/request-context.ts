import { Request } from 'express';

import { Actor } from '../access/actor';
import { AccessClaims } from '../auth/actor-source';
import { Loaders } from '../dataloader/loaders';

export interface RequestContext {
  req?: Request;
  actor: Actor | null;
  /** Set when a bearer token was sent but was invalid or expired. */
  authError: string | null;
  loaders: Loaders;
  ip: string;
  /** The access token's claims when one was accepted. */
  claims: AccessClaims | null;
  /** Whether the session is still unrevoked and unexpired; subscriptions ask before each delivery. */
  isSessionLive: () => Promise<boolean>;
}
