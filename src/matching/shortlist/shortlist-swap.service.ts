import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AccessService } from '../../common/access/access.service';
import { Actor } from '../../common/access/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { AppError } from '../../common/errors/app-error';
import { MatchEntity } from '../../matches/match.entity';
import { MatchesService } from '../../matches/matches.service';
import { lockRoles } from '../../needs/lock-order';
import { NeedEntity } from '../../needs/need.entity';
import { RoleKind } from '../../needs/need-role.entity';
import { ProposeAlternativeInput } from './dtos/propose-alternative.input';
import { RoleShortlistEntryEntity } from './role-shortlist-entry.entity';

const CANDIDATE_COLUMNS = {
  [RoleKind.VOLUNTEER]: 'volunteerProfileId',
  [RoleKind.MENTOR]: 'mentorProfileId',
  [RoleKind.FUNDING]: 'fundingOfferId',
} as const;

/** A curator puts a shortlisted candidate in place of (or next to) the run's proposal. */
@Injectable()
export class ShortlistSwapService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: AccessService,
    private readonly matches: MatchesService,
  ) {}

  /**
   * One transaction under the role's lock, so two swaps on a role queue and the second finds the
   * first's result (the replaced match no longer PROPOSED, or the candidate already matched): CONFLICT.
   */
  proposeAlternative(actor: Actor, input: ProposeAlternativeInput): Promise<MatchEntity> {
    return this.unitOfWork.run(async (tx) => {
      const m = tx.manager;
      await this.assertCuratesRole(m, actor, input.roleId);
      await lockRoles(m, [input.roleId]);
      const entry = await m.findOneBy(RoleShortlistEntryEntity, { roleId: input.roleId, candidateId: input.candidateId });
      if (!entry) throw AppError.notFound('Shortlist entry');
      // Created first: the open-pair check then also refuses re-proposing the very candidate being replaced.
      const match = await this.matches.pairByHand(tx, actor, {
        roleId: input.roleId,
        candidate: { column: CANDIDATE_COLUMNS[entry.candidateKind], id: entry.candidateId },
        reason: input.reason,
        scored: { score: entry.score, breakdown: entry.breakdown, reasons: entry.reasons },
      });
      if (input.replacesMatchId) {
        await this.matches.withdrawProposalIn(tx, actor, input.replacesMatchId, input.roleId, `replaced by an alternative from the shortlist: ${input.reason}`);
      }
      return match;
    });
  }

  /**
   * FORBIDDEN for the need's own nonprofit, NOT_FOUND for everyone else who does not curate it: to
   * other tenants a role's shortlist does not exist, even when the need itself is public.
   */
  private async assertCuratesRole(m: EntityManager, actor: Actor, roleId: string): Promise<void> {
    const qb = m.createQueryBuilder(NeedEntity, 'n').where('n.id = (SELECT r.need_id FROM need_role r WHERE r.id = :roleId)', { roleId });
    this.access.scopeNeeds(actor, qb);
    const need = await this.access.findOneInScope(qb, 'Need role');
    if (await this.access.curatesNeed(actor, need.id, m)) return;
    if (actor.isMemberOf(need.nonprofitId)) throw AppError.forbidden('Only curators of this need can propose alternatives.');
    throw AppError.notFound('Need role');
  }
}
