import { Actor } from '../access/actor';

/** A verified access token's claims; subscriptions end with the session they name. */
export interface AccessClaims {
  sub: string;
  /** The session (refresh-token family) the token belongs to; signing out revokes it. */
  sid: string;
  iat: number;
  exp: number;
}

export interface ResolvedActor {
  actor: Actor | null;
  /** Kept so that subscriptions can end with the session. */
  claims: AccessClaims | null;
  error: string | null;
}

/** Turns an Authorization header into an actor. The auth module provides it, so the platform never imports auth. */
export interface ActorSource {
  fromAuthorization(header: string | undefined): Promise<ResolvedActor>;
  /** Whether a session accepted earlier (a subscription's) may still receive data. */
  isLive(claims: AccessClaims): Promise<boolean>;
}

export const ACTOR_SOURCE = Symbol('ACTOR_SOURCE');

export interface ClosableSocket {
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/** Ends subscription sockets with their session (expiry or revocation); the auth module provides it. */
export interface SocketTracker {
  track(socket: ClosableSocket, claims: AccessClaims): void;
}

export const SOCKET_TRACKER = Symbol('SOCKET_TRACKER');
