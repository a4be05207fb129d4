import { Injectable } from '@nestjs/common';

import { Transaction, UnitOfWork } from '../common/database/unit-of-work';
import { MatchStatus } from '../matches/match.entity';
import { MatchLifecycleService } from '../matches/match-lifecycle.service';
import { MatchWriter, RunProposalRow } from '../matches/match-writer';
import { RoleKind } from '../needs/need-role.entity';
import type { MatchingResult, Proposal } from './engine/types';
import type { LoadedRun } from './matching-input.loader';
import { ShortlistWriter } from './shortlist/shortlist.writer';

// Roles per transaction: large enough to keep a big run to a few dozen commits, small enough that
// one transaction never holds locks on thousands of match rows for long.
const ROLES_PER_BATCH = 500;

export interface SaveCounts {
  proposed: number;
  updated: number;
  withdrawn: number;
}

/**
 * Writes a run's optimum through MatchWriter, one unit of work per batch of roles, and announces the
 * matches each batch created in that same transaction, with the batch's shortlists: a retried batch creates nothing and tells no one twice.
 */
@Injectable()
export class ProposalWriter {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly writer: MatchWriter,
    private readonly lifecycle: MatchLifecycleService,
    private readonly shortlists: ShortlistWriter,
  ) {}

  async save(
    runId: string,
    loaded: LoadedRun,
    { proposals, shortlists }: Pick<MatchingResult, 'proposals' | 'shortlists'>,
    onBatch: (done: number, total: number) => Promise<void>,
  ): Promise<SaveCounts> {
    const byRole = new Map<string, Proposal[]>();
    for (const p of proposals) byRole.set(p.roleId, [...(byRole.get(p.roleId) ?? []), p]);
    const counts: SaveCounts = { proposed: 0, updated: 0, withdrawn: 0 };
    const roleIds = [...loaded.scopeRoleIds].sort();
    for (let start = 0; start < roleIds.length; start += ROLES_PER_BATCH) {
      const batchRoles = roleIds.slice(start, start + ROLES_PER_BATCH);
      const rows = batchRoles.flatMap((roleId) => (byRole.get(roleId) ?? []).map((p) => this.toRow(p, loaded)));
      const batch = await this.unitOfWork.run(async (tx) => {
        await this.shortlists.replace(tx.manager, runId, batchRoles, shortlists, loaded.candidateKinds);
        return this.saveBatch(tx, runId, batchRoles, rows);
      });
      counts.proposed += batch.proposed;
      counts.updated += batch.updated;
      counts.withdrawn += batch.withdrawn;
      await onBatch(Math.min(start + ROLES_PER_BATCH, roleIds.length), roleIds.length);
    }
    return counts;
  }

  private async saveBatch(tx: Transaction, runId: string, roleIds: string[], rows: RunProposalRow[]): Promise<SaveCounts> {
    const { insertedIds, ...counts } = await this.writer.saveRunProposals(tx.manager, runId, roleIds, rows);
    await this.lifecycle.announceNewMatches(tx, insertedIds, null);
    return counts;
  }

  private toRow(p: Proposal, loaded: LoadedRun): RunProposalRow {
    const role = loaded.roles.get(p.roleId);
    const kind = loaded.candidateKinds.get(p.candidateId);
    if (!role || !kind) throw new Error(`The engine proposed ${p.candidateId} for ${p.roleId}, which the run did not load.`);
    return {
      role_id: p.roleId,
      need_id: role.needId,
      candidate_kind: kind,
      candidate_id: p.candidateId,
      volunteer_profile_id: kind === RoleKind.VOLUNTEER ? p.candidateId : null,
      mentor_profile_id: kind === RoleKind.MENTOR ? p.candidateId : null,
      funding_offer_id: kind === RoleKind.FUNDING ? p.candidateId : null,
      status: role.curated ? MatchStatus.PROPOSED : MatchStatus.OFFERED,
      // The score is a weighted sum of parts in [0, 1]; rounding must not break the CHECK.
      score: Math.min(1, Math.max(0, p.score)),
      breakdown: p.breakdown,
      explanation: p.explanation,
      reasons: p.reasons,
    };
  }
}
