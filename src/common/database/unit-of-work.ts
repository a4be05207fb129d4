import { Global, Injectable, Logger, Module } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

type AfterCommitHook = () => Promise<void> | void;

/** One database transaction, handed to every feature that takes part in it. */
export interface Transaction {
  readonly manager: EntityManager;
  /** Runs once the transaction has committed, never after a rollback, in the order registered. */
  afterCommit(hook: AfterCommitHook): void;
}

/**
 * The one way features write: `run` opens the transaction every participant (matches, notifications,
 * domain events, hours…) writes in, then runs their after-commit hooks. A failing hook cannot undo a
 * committed change, so it is logged and the caller still gets its result; whatever a hook was to do
 * must be recoverable from rows written inside the transaction (the notification and event outboxes).
 */
@Injectable()
export class UnitOfWork {
  private readonly logger = new Logger(UnitOfWork.name);

  constructor(private readonly dataSource: DataSource) {}

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const hooks: AfterCommitHook[] = [];
    const result = await this.dataSource.transaction((manager) => work({ manager, afterCommit: (hook) => void hooks.push(hook) }));
    for (const hook of hooks) {
      try {
        await hook();
      } catch (e) {
        this.logger.error(`An after-commit step failed (its outbox row stays for the retry): ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return result;
  }
}

@Global()
@Module({ providers: [UnitOfWork], exports: [UnitOfWork] })
export class UnitOfWorkModule {}
