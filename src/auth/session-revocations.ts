import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import IORedis from 'ioredis';

import { closeRedis, createRedis } from '../common/redis/redis';
import { REQUEST_REDIS } from '../common/redis/redis.module';
import { redisKey } from '../common/redis/redis-keys';
import { AppConfig } from '../config/app-config';

export interface Revocation {
  userId: string;
  sessionIds: string[];
}

/**
 * Access tokens are stateless for their lifetime, so ending a session must also reach the
 * access tokens already handed out: revoked session ids stay in Redis as long as a token can
 * live, and every API process hears about each revocation to close that session's sockets.
 */
@Injectable()
export class SessionRevocations implements OnApplicationShutdown {
  private subscriber: IORedis | null = null;
  private readonly listeners = new Set<(revocation: Revocation) => void>();

  constructor(
    @Inject(REQUEST_REDIS) private readonly redis: IORedis,
    private readonly config: AppConfig,
  ) {}

  async revoke(revocation: Revocation): Promise<void> {
    if (revocation.sessionIds.length === 0) return;
    const pipeline = this.redis.multi();
    for (const sid of revocation.sessionIds) pipeline.set(this.key(sid), '1', 'EX', this.config.ACCESS_TOKEN_TTL_SECONDS);
    pipeline.publish(this.channel(), JSON.stringify(revocation));
    await pipeline.exec();
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    return (await this.redis.exists(this.key(sessionId))) === 1;
  }

  /** Calls `listener` for every revocation made by any API process; returns the unsubscribe. */
  listen(listener: (revocation: Revocation) => void): () => void {
    this.listeners.add(listener);
    if (!this.subscriber) {
      this.subscriber = createRedis(this.config.REDIS_URL, 'session revocations');
      this.subscriber.on('message', (_channel: string, message: string) => this.dispatch(message));
      // Not awaited: the API starts while Redis is down; ioredis subscribes once connected, and again after each reconnect.
      this.subscriber.subscribe(this.channel()).catch(() => undefined);
    }
    return () => this.listeners.delete(listener);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.subscriber) await closeRedis(this.subscriber);
  }

  private dispatch(message: string): void {
    const revocation = JSON.parse(message) as Revocation;
    for (const listener of this.listeners) listener(revocation);
  }

  private key(sessionId: string): string {
    return redisKey(this.config, 'auth', 'revoked-session', sessionId);
  }

  private channel(): string {
    return redisKey(this.config, 'auth', 'revocations');
  }
}
