import { Global, Injectable, Logger, Module } from '@nestjs/common';

/** What happened, announced after the transaction that did it has committed. */
export type DomainEvent =
  | { type: 'need.published'; needId: string; actorUserId: string | null }
  | { type: 'need.changed'; needId: string; actorUserId: string | null }
  | { type: 'profile.changed'; kind: 'VOLUNTEER' | 'MENTOR'; profileId: string; actorUserId: string | null }
  | { type: 'funding-offer.changed'; offerId: string; actorUserId: string | null };

type Handler<T extends DomainEvent['type']> = (event: Extract<DomainEvent, { type: T }>) => Promise<void> | void;

/**
 * In-process events between features (needs → matching, lifecycle → notifications), so a feature
 * announces what happened without importing the ones that react. Handlers must hand durable work to
 * a queue; a failing handler is logged and never fails the caller's request.
 */
@Injectable()
export class DomainEvents {
  private readonly logger = new Logger(DomainEvents.name);
  private readonly handlers = new Map<string, ((event: DomainEvent) => Promise<void> | void)[]>();

  on<T extends DomainEvent['type']>(type: T, handler: Handler<T>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as unknown as (event: DomainEvent) => Promise<void> | void);
    this.handlers.set(type, list);
  }

  async emit(event: DomainEvent): Promise<void> {
    for (const handler of this.handlers.get(event.type) ?? []) {
      try {
        await handler(event);
      } catch (e) {
        this.logger.error(`Handler for ${event.type} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
}

@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}
