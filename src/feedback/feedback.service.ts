import { Injectable } from '@nestjs/common';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { UnitOfWork } from '../common/database/unit-of-work';
import { AppError } from '../common/errors/app-error';
import { MatchStatus } from '../matches/match.entity';
import { MatchRole } from '../matches/match-transitions';
import { matchConflict } from '../matches/match-writer';
import { loadMatchForActor } from '../matches/matches.access';
import { LeaveFeedbackInput } from './dtos/feedback.inputs';
import { FeedbackDirection, FeedbackEntity } from './feedback.entity';

/** After an engagement is completed, each side may rate the other once (UQ_feedback_match_direction). */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: AccessService,
  ) {}

  leave(actor: Actor, matchId: string, input: LeaveFeedbackInput): Promise<FeedbackEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const { match, roles } = await loadMatchForActor(m, this.access, actor, matchId);
      const direction = this.direction(roles);
      if (match.status !== MatchStatus.COMPLETED) throw matchConflict(match, `Feedback opens once the engagement is completed; it is ${match.status}.`);
      const existing = await m.existsBy(FeedbackEntity, { matchId, direction });
      if (existing) throw AppError.conflict('Your side has already left feedback on this engagement.');
      return m.save(m.create(FeedbackEntity, { matchId, authorId: actor.userId, direction, rating: input.rating, comment: input.comment }));
    });
  }

  private direction(roles: MatchRole[]): FeedbackDirection {
    const nonprofit = roles.includes(MatchRole.NONPROFIT);
    const candidate = roles.includes(MatchRole.CANDIDATE);
    if (nonprofit && candidate) throw AppError.forbidden('You are on both sides of this engagement; you cannot rate it.');
    if (nonprofit) return FeedbackDirection.NONPROFIT_TO_CANDIDATE;
    if (candidate) return FeedbackDirection.CANDIDATE_TO_NONPROFIT;
    throw AppError.forbidden('Only the two sides of an engagement leave feedback on it.');
  }
}
