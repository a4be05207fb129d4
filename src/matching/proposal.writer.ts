import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MatchLifecycleService } from '../matches/match-lifecycle.service';
import { MatchStatus } from '../matches/match.entity';
import { NotificationsService, PendingNotifications } from '../notifications/notifications.service';
import { RoleKind } from '../needs/need-role.entity';
import type { Proposal } from './engine/types';
import type { LoadedRun } from './matching-input.loader';

const WITHDRAWN_NOTE = 'no longer among the best proposals';

// Roles per transaction: large enough to keep a big run to a few dozen commits, small enough that
// one transaction never holds locks on thousands of match rows for long.
const ROLES_PER_BATCH = 500;

export interface SaveCounts {
  proposed: number;
  updated: number;
  withdrawn: number;
}

interface MatchRow {
  role_id: string;
  need_id: string;
  candidate_kind: RoleKind;
  candidate_id: string;
  volunteer_profile_id: string | null;
  mentor_profile_id: string | null;
  funding_offer_id: string | null;
  status: MatchStatus;
  score: number;
  breakdown: unknown;
  explanation: string;
  reasons: unknown;
}

/**
 * Writes a run's optimum, one transaction per batch of roles: upserts its proposals and withdraws
 * the PROPOSED matches of those roles that are no longer in it. Only PROPOSED matches the engine
 * made are ever changed; a match someone acted on (offered, answered, made by hand) is left alone.
 * Rerunning with the same optimum changes nothing: the open-pair unique index makes the insert an
 * update of the existing proposal, and the withdrawals find nothing left to withdraw.
 */
@Injectable()
export class ProposalWriter {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly lifecycle: MatchLifecycleService,
    private readonly config: AppConfig,
  ) {}

  async save(runId: string, loaded: LoadedRun, proposals: Proposal[], onBatch: (done: number, total: number) => Promise<void>): Promise<SaveCounts> {
    const byRole = new Map<string, Proposal[]>();
    for (const p of proposals) byRole.set(p.roleId, [...(byRole.get(p.roleId) ?? []), p]);
    const counts: SaveCounts = { proposed: 0, updated: 0, withdrawn: 0 };
    const roleIds = [...loaded.scopeRoleIds].sort();
    for (let start = 0; start < roleIds.length; start += ROLES_PER_BATCH) {
      const batchRoles = roleIds.slice(start, start + ROLES_PER_BATCH);
      const rows = batchRoles.flatMap((roleId) => (byRole.get(roleId) ?? []).map((p) => this.toRow(p, loaded)));
      const batch = await this.notifications.transaction((m, pending) => this.saveBatch(m, runId, batchRoles, rows, pending));
      counts.proposed += batch.proposed;
      counts.updated += batch.updated;
      counts.withdrawn += batch.withdrawn;
      await onBatch(Math.min(start + ROLES_PER_BATCH, roleIds.length), roleIds.length);
    }
    return counts;
  }

  private async saveBatch(m: EntityManager, runId: string, roleIds: string[], rows: MatchRow[], pending: PendingNotifications): Promise<SaveCounts> {
    const withdrawn = await this.withdrawStale(m, runId, roleIds, rows);
    if (rows.length === 0) return { proposed: 0, updated: 0, withdrawn };
    const [result] = await m.query<{ proposed: number; updated: number; inserted_ids: string[] }[]>(UPSERT_SQL, [
      JSON.stringify(rows),
      runId,
      this.config.OFFER_DEADLINE_DAYS,
      `proposed by matching run ${runId}`,
    ]);
    // Only new rows are announced, in this same transaction: a retried batch inserts nothing and tells no one twice.
    await this.lifecycle.announceNewMatches(m, result.inserted_ids, null, pending);
    return { proposed: result.proposed, updated: result.updated, withdrawn };
  }

  private async withdrawStale(m: EntityManager, runId: string, roleIds: string[], keep: MatchRow[]): Promise<number> {
    const [result] = await m.query<{ withdrawn: number }[]>(WITHDRAW_SQL, [
      roleIds,
      JSON.stringify(keep.map((r) => ({ role_id: r.role_id, candidate_id: r.candidate_id }))),
      WITHDRAWN_NOTE,
      `${WITHDRAWN_NOTE} (matching run ${runId})`,
    ]);
    return result.withdrawn;
  }

  private toRow(p: Proposal, loaded: LoadedRun): MatchRow {
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

/*
 * The conflict target is the partial unique index on open pairs. Only a still-PROPOSED match takes
 * the new score and explanation, and only when they changed; `xmax = 0` tells inserted rows from
 * updated ones. An offered proposal starts its answer deadline now.
 */
const UPSERT_SQL = `
  WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
      role_id uuid, need_id uuid, candidate_kind role_kind, candidate_id uuid, volunteer_profile_id uuid, mentor_profile_id uuid,
      funding_offer_id uuid, status match_status, score double precision, breakdown jsonb, explanation text, reasons jsonb)
  ),
  upserted AS (
    INSERT INTO match (role_id, need_id, candidate_kind, candidate_id, volunteer_profile_id, mentor_profile_id, funding_offer_id,
                       status, score, breakdown, explanation, reasons, run_id, offered_at, expires_at, version)
    SELECT role_id, need_id, candidate_kind, candidate_id, volunteer_profile_id, mentor_profile_id, funding_offer_id,
           status, score, breakdown, explanation, reasons, $2::uuid,
           CASE WHEN status = 'OFFERED' THEN now() END,
           CASE WHEN status = 'OFFERED' THEN now() + make_interval(days => $3::int) END, 1
      FROM input
    ON CONFLICT (role_id, candidate_id) WHERE status IN ('PROPOSED', 'OFFERED', 'CONFIRMED', 'ACTIVE')
    DO UPDATE SET score = EXCLUDED.score, breakdown = EXCLUDED.breakdown, explanation = EXCLUDED.explanation,
                  reasons = EXCLUDED.reasons, run_id = EXCLUDED.run_id, updated_at = now()
      WHERE match.status = 'PROPOSED'
        AND (match.score, match.breakdown, match.explanation, match.reasons)
            IS DISTINCT FROM (EXCLUDED.score, EXCLUDED.breakdown, EXCLUDED.explanation, EXCLUDED.reasons)
    RETURNING id, status, (xmax = 0) AS inserted
  ),
  events AS (
    INSERT INTO match_event (match_id, actor_user_id, action, from_status, to_status, reason)
    SELECT id, NULL, 'PROPOSE', NULL, status, $4 FROM upserted WHERE inserted
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS proposed, count(*) FILTER (WHERE NOT inserted)::int AS updated,
         coalesce(array_agg(id) FILTER (WHERE inserted), '{}') AS inserted_ids FROM upserted`;

const WITHDRAW_SQL = `
  WITH keep AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS k(role_id uuid, candidate_id uuid)),
  withdrawn AS (
    UPDATE match m SET status = 'WITHDRAWN', status_note = $3, version = m.version + 1, updated_at = now()
     WHERE m.role_id = ANY($1::uuid[]) AND m.status = 'PROPOSED' AND NOT m.manual
       AND NOT EXISTS (SELECT 1 FROM keep k WHERE k.role_id = m.role_id AND k.candidate_id = m.candidate_id)
    RETURNING m.id
  ),
  events AS (
    INSERT INTO match_event (match_id, actor_user_id, action, from_status, to_status, reason)
    SELECT id, NULL, 'WITHDRAW', 'PROPOSED', 'WITHDRAWN', $4 FROM withdrawn
  )
  SELECT count(*)::int AS withdrawn FROM withdrawn`;
