import { Actor } from '../access/actor';

export interface ResolvedActor {
  actor: Actor | null;
  error: string | null;
}

/** Turns an Authorization header into an actor. The auth module provides it, so the platform never imports auth. */
export interface ActorSource {
  fromAuthorization(header: string | undefined): Promise<ResolvedActor>;
}

export const ACTOR_SOURCE = Symbol('ACTOR_SOURCE');
