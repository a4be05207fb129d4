import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AccessService } from '../../common/access/access.service';
import { Actor } from '../../common/access/actor';
import { DEFAULT_MATCHING_CONFIG } from '../engine/config';
import { ShortlistEntryDto } from './dtos/shortlist-entry.dto';

export const MAX_SHORTLIST_SIZE = DEFAULT_MATCHING_CONFIG.shortlistSize;

// The display comes from whichever candidate table the entry names; the open match, if any, says
// whether the candidate is already matched to the role.
const ENTRIES_SQL = `
  SELECT e.id, e.role_id AS "roleId", e.rank, e.score, e.breakdown, e.reasons, e.candidate_kind AS "candidateKind",
         e.candidate_id AS "candidateId", e.proposed,
         COALESCE(vu.name, mu.name, fo.title, '') AS "candidateName",
         COALESCE(vp.headline, mp.headline, fu.name, '') AS "candidateHeadline",
         om.id AS "matchId", om.status AS "matchStatus"
    FROM role_shortlist_entry e
    LEFT JOIN volunteer_profile vp ON vp.id = e.volunteer_profile_id LEFT JOIN user_account vu ON vu.id = vp.user_id
    LEFT JOIN mentor_profile mp ON mp.id = e.mentor_profile_id LEFT JOIN user_account mu ON mu.id = mp.user_id
    LEFT JOIN funding_offer fo ON fo.id = e.funding_offer_id LEFT JOIN organization fu ON fu.id = fo.funder_id
    LEFT JOIN match om ON om.role_id = e.role_id AND om.candidate_id = e.candidate_id
                      AND om.status IN ('PROPOSED', 'OFFERED', 'AWAITING_EMPLOYER', 'CONFIRMED', 'ACTIVE')
   WHERE e.role_id = ANY($1::uuid[]) AND e.rank <= $2
   ORDER BY e.role_id, e.rank`;

/** Reads the shortlists the matching runs store; only the need's curators (and platform admins) see them. */
@Injectable()
export class ShortlistService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Per role, in the order given; an empty list for roles whose need the actor does not curate. */
  async byRoles(actor: Actor, roles: readonly { id: string; needId: string }[]): Promise<ShortlistEntryDto[][]> {
    const curated = await this.access.curatedNeedIds(actor, [...new Set(roles.map((r) => r.needId))]);
    const visible = roles.filter((r) => curated.has(r.needId)).map((r) => r.id);
    const rows = visible.length ? ((await this.dataSource.query(ENTRIES_SQL, [visible, MAX_SHORTLIST_SIZE])) as ShortlistEntryDto[]) : [];
    const byRole = new Map<string, ShortlistEntryDto[]>();
    for (const row of rows) byRole.set(row.roleId, [...(byRole.get(row.roleId) ?? []), row]);
    return roles.map((r) => byRole.get(r.id) ?? []);
  }
}
