import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';

import { AccessClaims, ClosableSocket, SocketTracker } from '../common/auth/actor-source';
import { Revocation, SessionRevocations } from './session-revocations';

/** What is needed of a subscription socket: graphql-ws's close codes for "sign in again". */
// graphql-ws's own codes: 4401 asks the client to authenticate, 4403 says access was withdrawn.
export const SOCKET_EXPIRED = 4401;
export const SOCKET_REVOKED = 4403;

/**
 * The subscription sockets this process holds, by session: each closes when its access token
 * expires, and when its session is revoked by any API process (sign-out, password change,
 * refresh-token theft).
 */
@Injectable()
export class SocketSessions implements OnModuleInit, OnModuleDestroy, SocketTracker {
  private readonly bySession = new Map<string, Set<ClosableSocket>>();
  private readonly timers = new Map<ClosableSocket, NodeJS.Timeout>();
  private stopListening: (() => void) | null = null;

  constructor(private readonly revocations: SessionRevocations) {}

  onModuleInit(): void {
    this.stopListening = this.revocations.listen((r) => this.closeRevoked(r));
  }

  onModuleDestroy(): void {
    this.stopListening?.();
    for (const timer of this.timers.values()) clearTimeout(timer);
  }

  track(socket: ClosableSocket, claims: AccessClaims, now = Date.now()): void {
    const sockets = this.bySession.get(claims.sid) ?? new Set();
    sockets.add(socket);
    this.bySession.set(claims.sid, sockets);
    const timer = setTimeout(() => socket.close(SOCKET_EXPIRED, 'Your session has expired'), Math.max(0, claims.exp * 1000 - now));
    timer.unref();
    this.timers.set(socket, timer);
    socket.once('close', () => {
      clearTimeout(timer);
      this.timers.delete(socket);
      sockets.delete(socket);
      if (sockets.size === 0 && this.bySession.get(claims.sid) === sockets) this.bySession.delete(claims.sid);
    });
  }

  private closeRevoked(revocation: Revocation): void {
    for (const sid of revocation.sessionIds) {
      for (const socket of this.bySession.get(sid) ?? []) socket.close(SOCKET_REVOKED, 'Your session has ended');
    }
  }
}
