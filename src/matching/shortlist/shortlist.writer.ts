import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { RoleKind } from '../../needs/need-role.entity';
import type { RoleShortlist } from '../engine/types';

const INSERT_SQL = `
  INSERT INTO role_shortlist_entry (role_id, rank, candidate_kind, candidate_id, volunteer_profile_id, mentor_profile_id,
                                    funding_offer_id, score, breakdown, reasons, proposed, run_id)
  SELECT role_id, rank, candidate_kind, candidate_id,
         CASE WHEN candidate_kind = 'VOLUNTEER' THEN candidate_id END,
         CASE WHEN candidate_kind = 'MENTOR' THEN candidate_id END,
         CASE WHEN candidate_kind = 'FUNDING' THEN candidate_id END,
         score, breakdown, reasons, proposed, $2::uuid
    FROM jsonb_to_recordset($1::jsonb) AS x(role_id uuid, rank smallint, candidate_kind role_kind, candidate_id uuid,
                                            score double precision, breakdown jsonb, reasons jsonb, proposed boolean)`;

/** The only writer of role_shortlist_entry: a matching run replaces each role's list in its proposals' transaction. */
@Injectable()
export class ShortlistWriter {
  /** Roles in `roleIds` without a list in `shortlists` end with none: the run found no candidate for them. */
  async replace(m: EntityManager, runId: string, roleIds: readonly string[], shortlists: readonly RoleShortlist[], kinds: ReadonlyMap<string, RoleKind>): Promise<void> {
    const wanted = new Set(roleIds);
    const rows = shortlists
      .filter((list) => wanted.has(list.roleId))
      .flatMap((list) =>
        list.entries.map((entry) => ({
          role_id: list.roleId,
          rank: entry.rank,
          candidate_kind: kindOf(kinds, entry.candidateId),
          candidate_id: entry.candidateId,
          score: Math.min(1, Math.max(0, entry.score)),
          breakdown: entry.breakdown,
          reasons: entry.reasons,
          proposed: entry.proposed,
        })),
      );
    // Deleted first in its own statement: a CTE's delete and the insert would run in no fixed order,
    // and the unique (role, rank) index would see the old and the new list at once.
    await m.query('DELETE FROM role_shortlist_entry WHERE role_id = ANY($1::uuid[])', [roleIds]);
    if (rows.length > 0) await m.query(INSERT_SQL, [JSON.stringify(rows), runId]);
  }
}

function kindOf(kinds: ReadonlyMap<string, RoleKind>, candidateId: string): RoleKind {
  const kind = kinds.get(candidateId);
  if (!kind) throw new Error(`The engine shortlisted ${candidateId}, which the run did not load.`);
  return kind;
}
