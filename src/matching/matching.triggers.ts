import { Injectable, OnModuleInit } from '@nestjs/common';

import { DomainEvents } from '../common/events/domain-events';
import { RoleKind } from '../needs/need-role.entity';
import { MatchingScope, MatchingTrigger } from './matching-run.entity';
import { MatchingRunLauncher } from './matching-run.launcher';

const DEBOUNCE_MS = 60_000;

/**
 * What starts a run without a curator: a need going live, an open need or a candidate changing.
 * Events arrive at least once (the outbox relay retries), so every run here has a deterministic id:
 * a repeated event finds its run already there. Someone editing a need or a profile saves it several
 * times in a row, so changes are debounced: one run per need or candidate per minute, started when
 * the minute ends so it sees every edit made in it.
 */
@Injectable()
export class MatchingTriggers implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly launcher: MatchingRunLauncher,
  ) {}

  onModuleInit(): void {
    // A need is published once, so its id alone names the run.
    this.events.on('need.published', async ({ needId, actorUserId }) => {
      await this.launcher.launchOnce(`need-published:${needId}`, {
        scope: MatchingScope.NEED,
        scopeId: needId,
        trigger: MatchingTrigger.NEED_PUBLISHED,
        requestedById: null,
        parameters: { triggeredByUserId: actorUserId },
      });
    });
    this.events.on('need.changed', ({ needId, actorUserId }) => this.needChanged(needId, actorUserId));
    this.events.on('profile.changed', ({ kind, profileId, actorUserId }) => this.candidateChanged(kind as RoleKind, profileId, actorUserId));
    this.events.on('funding-offer.changed', ({ offerId, actorUserId }) => this.candidateChanged(RoleKind.FUNDING, offerId, actorUserId));
  }

  private async needChanged(needId: string, actorUserId: string | null, now = Date.now()): Promise<void> {
    const window = Math.floor(now / DEBOUNCE_MS);
    await this.launcher.launchOnce(
      `need-changed:${needId}:${window}`,
      { scope: MatchingScope.NEED, scopeId: needId, trigger: MatchingTrigger.NEED_CHANGED, requestedById: null, parameters: { triggeredByUserId: actorUserId } },
      (window + 1) * DEBOUNCE_MS - now,
    );
  }

  private async candidateChanged(kind: RoleKind, id: string, actorUserId: string | null, now = Date.now()): Promise<void> {
    const window = Math.floor(now / DEBOUNCE_MS);
    await this.launcher.launchOnce(
      `candidate-changed:${kind}:${id}:${window}`,
      {
        scope: MatchingScope.ROLES,
        scopeId: null,
        trigger: MatchingTrigger.PROFILE_CHANGED,
        requestedById: null,
        parameters: { candidate: { kind, id }, triggeredByUserId: actorUserId },
      },
      (window + 1) * DEBOUNCE_MS - now,
    );
  }
}
