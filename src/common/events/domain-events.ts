import { Global, Injectable, Logger, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Transaction, UnitOfWork, UnitOfWorkModule } from '../database/unit-of-work';

/** What happened, recorded with the change and announced once it has committed. */
export type DomainEvent =
  | { type: 'need.published'; needId: string; actorUserId: string | null }
  | { type: 'need.changed'; needId: string; actorUserId: string | null }
  | { type: 'profile.changed'; kind: 'VOLUNTEER' | 'MENTOR'; profileId: string; actorUserId: string | null }
  | { type: 'funding-offer.changed'; offerId: string; actorUserId: string | null }
  | { type: 'match.completed'; matchId: string; actorUserId: string | null }
  | { type: 'interest.raised'; interestId: string; needId: string; actorUserId: string | null };

type EventType = DomainEvent['type'];
type AnyHandler = (event: DomainEvent) => Promise<void> | void;
type Handler<T extends EventType> = (event: Extract<DomainEvent, { type: T }>) => Promise<void> | void;

// A handler hands work to a queue; one that hangs (Redis unreachable with commands waiting offline)
// must not hold the request that committed the change: the relay tries again later.
const DISPATCH_TIMEOUT_MS = 5_000;
// Younger events may still be on their way from their own after-commit dispatch.
export const RELAY_GRACE_MS = 30_000;
const RELAY_BATCH = 100;
// Dispatched events are kept a while for inquiries, then pruned by the relay.
const KEEP_DISPATCHED_DAYS = 7;

interface OutboxRow {
  id: string;
  type: EventType;
  payload: Record<string, unknown>;
}

/**
 * Events between features (needs → matching, supply → matching), so a feature announces what happened
 * without importing the ones that react. Durable: `publish` writes the event to the domain_event outbox
 * in the caller's transaction and dispatches it after commit; an event whose dispatch failed (Redis
 * down, a crash between commit and dispatch) stays undispatched and the relay job dispatches it again.
 * Delivery is at least once, so handlers must be idempotent (deterministic run and job ids).
 */
@Injectable()
export class DomainEvents {
  private readonly logger = new Logger(DomainEvents.name);
  private readonly handlers = new Map<EventType, AnyHandler[]>();

  constructor(private readonly unitOfWork: UnitOfWork) {}

  on<T extends EventType>(type: T, handler: Handler<T>): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler as AnyHandler]);
  }

  /** Records the event in the caller's transaction; it is dispatched only if that commits. */
  async publish(tx: Transaction, event: DomainEvent): Promise<void> {
    const { type, ...payload } = event;
    const [row] = (await tx.manager.query('INSERT INTO domain_event (type, payload) VALUES ($1, $2) RETURNING id', [type, payload])) as { id: string }[];
    tx.afterCommit(async () => {
      const error = await this.deliver({ id: row.id, type, payload });
      await this.unitOfWork.run(({ manager }) => record(manager, row.id, error));
    });
  }

  /** Dispatches the undispatched events older than the grace period and prunes old dispatched ones; returns how many went out. */
  relay(now = new Date()): Promise<number> {
    return this.unitOfWork.run(async ({ manager }) => {
      await manager.query(`DELETE FROM domain_event WHERE dispatched_at < $1::timestamptz - make_interval(days => $2)`, [now, KEEP_DISPATCHED_DAYS]);
      // SKIP LOCKED: two workers relaying at once take different events.
      const rows = (await manager.query(
        `SELECT id, type, payload FROM domain_event WHERE dispatched_at IS NULL AND created_at <= $1::timestamptz - make_interval(secs => $2)
          ORDER BY created_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [now, RELAY_GRACE_MS / 1000, RELAY_BATCH],
      )) as OutboxRow[];
      let sent = 0;
      for (const row of rows) {
        const error = await this.deliver(row);
        await record(manager, row.id, error);
        if (!error) sent++;
      }
      return sent;
    });
  }

  /** Runs the handlers; the error message when one failed, else null. */
  private async deliver(row: OutboxRow): Promise<string | null> {
    const event = { type: row.type, ...row.payload } as DomainEvent;
    try {
      for (const handler of this.handlers.get(row.type) ?? []) await withTimeout(Promise.resolve(handler(event)), DISPATCH_TIMEOUT_MS);
      return null;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.logger.warn(`Dispatching ${row.type} ${row.id} failed; the relay will retry it: ${message}`);
      return message;
    }
  }
}

function record(manager: EntityManager, id: string, error: string | null): Promise<unknown> {
  return error
    ? manager.query('UPDATE domain_event SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [id, error])
    : manager.query('UPDATE domain_event SET dispatched_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1', [id]);
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

@Global()
@Module({ imports: [UnitOfWorkModule], providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}
