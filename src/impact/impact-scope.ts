import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { needCuratedBy, networkMembers, oneId, programsJoinedBy } from '../common/access/curation-scope';
import { AppError } from '../common/errors/app-error';
import { ImpactScopeInput } from './dtos/impact.types';

export type ScopeKind = keyof ImpactScopeInput;

export interface ResolvedScope {
  kind: ScopeKind;
  id: string;
}

const KINDS: ScopeKind[] = ['programId', 'intermediaryId', 'companyId', 'nonprofitId', 'funderId', 'volunteerProfileId', 'mentorProfileId', 'networkId'];

export function resolveScope(scope: ImpactScopeInput): ResolvedScope {
  const given = KINDS.filter((k) => scope[k]);
  if (given.length !== 1) {
    throw AppError.badInput(
      'Choose exactly one scope: a program, an intermediary, a company, a nonprofit, a funder, a volunteer, a mentor or a network.',
      (given.length ? given : KINDS).map((k) => ({ field: `scope.${k}`, message: 'give exactly one scope id' })),
    );
  }
  return { kind: given[0], id: scope[given[0]] as string };
}

/**
 * Who may see which impact (a candidate rule for AccessService): curators of the program or the
 * intermediary, company admins for their company (aggregates only: the report names nobody),
 * the nonprofit's members and curators, the funder's members, the volunteer or mentor themself, a network's
 * members' curators (NOT_FOUND for others, as the network itself), platform admins.
 */
export async function assertCanSeeImpact(access: AccessService, actor: Actor, scope: ResolvedScope, programIntermediaryId: () => Promise<string | null>): Promise<void> {
  if (actor.isPlatformAdmin) return;
  const allowed = await (async () => {
    switch (scope.kind) {
      case 'programId': {
        const intermediaryId = await programIntermediaryId();
        if (!intermediaryId) throw AppError.notFound('Program');
        return actor.intermediaryIds.includes(intermediaryId);
      }
      case 'intermediaryId':
        return actor.intermediaryIds.includes(scope.id);
      case 'companyId':
        return actor.isAdminOf(scope.id);
      case 'nonprofitId':
        return actor.isMemberOf(scope.id) || (await access.curates(actor, scope.id));
      case 'funderId':
        return actor.isMemberOf(scope.id);
      case 'volunteerProfileId':
        return actor.volunteerProfileId === scope.id;
      case 'mentorProfileId':
        return actor.mentorProfileId === scope.id;
      case 'networkId':
        await access.networkMemberIds(actor, scope.id);
        return true;
    }
  })();
  if (!allowed) throw AppError.forbidden('You cannot see the impact of this scope.');
}

/**
 * SQL for the scope: which matches count (alias mt with its need n), and whose needs' seats count. A match
 * a partner proposed through a network counts for the partner too, and once for the network.
 */
export function scopeSql(kind: ScopeKind): { matches: string; needs: string | null } {
  switch (kind) {
    case 'programId':
      return { matches: 'n.program_id = $1', needs: 'n.program_id = $1' };
    case 'intermediaryId': {
      const needs = needCuratedBy('n', oneId('$1'));
      return { matches: `(${needs} OR mt.proposed_by_intermediary_id = $1)`, needs };
    }
    case 'networkId': {
      const members = networkMembers('$1::uuid');
      const needs = needCuratedBy('n', members);
      return { matches: `(${needs} OR mt.proposed_by_intermediary_id = ANY(${members}))`, needs };
    }
    case 'nonprofitId':
      return { matches: 'n.nonprofit_id = $1', needs: 'n.nonprofit_id = $1' };
    case 'funderId': {
      const needs = `(n.program_id IN ${programsJoinedBy('$1::uuid', 'FUNDER')}
        OR n.id IN (SELECT mf.need_id FROM match mf JOIN funding_offer fo ON fo.id = mf.funding_offer_id
                     WHERE fo.funder_id = $1 AND mf.status IN ('CONFIRMED', 'ACTIVE', 'COMPLETED')))`;
      return { matches: needs, needs };
    }
    // A company counts an engagement of its employees only once it signed it off (or required no sign-off).
    case 'companyId':
      return {
        matches: `(mt.volunteer_profile_id IN (SELECT id FROM volunteer_profile WHERE employer_id = $1) AND mt.status NOT IN ('AWAITING_EMPLOYER', 'EMPLOYER_DECLINED'))`,
        needs: null,
      };
    case 'volunteerProfileId':
      return { matches: 'mt.volunteer_profile_id = $1', needs: null };
    case 'mentorProfileId':
      return { matches: 'mt.mentor_profile_id = $1', needs: null };
  }
}

/** The scopes that report what came through a network: an intermediary's and a network's. */
export const countsNetworkProposals = (kind: ScopeKind): boolean => kind === 'intermediaryId' || kind === 'networkId';
