import { MembershipRole } from '../../common/domain/membership-role.enum';
import { MatchStatus } from '../../matches/match.entity';
import { MatchAction } from '../../matches/match-transitions';
import { NeedStatus } from '../../needs/need.entity';
import { RoleKind } from '../../needs/need-role.entity';
import { ProgramParticipantRole } from '../../programs/program-participant.entity';
import { SKILL_IDS } from '../../skills/skill-taxonomy.data';
import { seedId } from '../seed-id';
import type {
  DemoWorld,
  FundingOfferSeed,
  MentorProfileSeed,
  NeedSeed,
  OrganizationSeed,
  ProgramSeed,
  SkillLevel,
  UserSeed,
  VolunteerProfileSeed,
  WeightedSkill,
} from './demo-world.types';

export interface RoleSpec {
  kind: RoleKind;
  title: string;
  description?: string;
  hoursPerMonth: number;
  seats: number;
  amount?: number;
  skills?: readonly WeightedSkill[];
}

export type NeedSpec = Omit<NeedSeed, 'id' | 'publishedAt' | 'startsOn' | 'endsOn'> & {
  startsOn: string;
  endsOn: string;
  /** ISO timestamp; only OPEN needs carry one. */
  publishedAt?: string;
};

/**
 * Collects the demo world's rows under readable keys and derives every id from its key, so the
 * data files read like a description of the world rather than a list of UUIDs. It also checks
 * what the database would reject late (unknown skills, duplicate emails, out-of-range values),
 * so a mistake in the data fails the unit test, not the app's start.
 */
export class WorldBuilder {
  readonly world: DemoWorld = {
    organizations: [],
    networks: [],
    networkMembers: [],
    users: [],
    memberships: [],
    affiliations: [],
    volunteerProfiles: [],
    volunteerSkills: [],
    mentorProfiles: [],
    mentorSkills: [],
    fundingOffers: [],
    programs: [],
    programParticipants: [],
    needs: [],
    needRoles: [],
    needRoleSkills: [],
    events: [],
    eventSlots: [],
    eventRooms: [],
    eventAttendees: [],
    eventAttendeeSlots: [],
    networkStatements: [],
    statementSignatures: [],
    statementCommitments: [],
    needShares: [],
    programShares: [],
    partnerProposals: [],
    matches: [],
    matchEvents: [],
  };

  private readonly emails = new Set<string>();
  // Real life has namesakes, but in a demo two "Anna Schmidt"s only look like a bug.
  private readonly names = new Set<string>();

  organization(key: string, fields: Omit<OrganizationSeed, 'id'>): string {
    const id = seedId(`org:${key}`);
    this.world.organizations.push({ id, ...fields });
    return id;
  }

  network(key: string, name: string, region: string, description: string): string {
    const id = seedId(`network:${key}`);
    this.world.networks.push({ id, name, region, description });
    return id;
  }

  networkMember(networkId: string, organizationId: string): void {
    this.world.networkMembers.push({ id: seedId(`network-member:${networkId}:${organizationId}`), networkId, organizationId });
  }

  user(key: string, fields: Omit<UserSeed, 'id' | 'isPlatformAdmin'> & { isPlatformAdmin?: boolean }): string {
    const email = fields.email.toLowerCase();
    if (this.emails.has(email)) throw new Error(`Demo world: duplicate email ${email}`);
    if (this.names.has(fields.name)) throw new Error(`Demo world: duplicate name ${fields.name}`);
    this.emails.add(email);
    this.names.add(fields.name);
    const id = seedId(`user:${key}`);
    this.world.users.push({ id, isPlatformAdmin: false, ...fields, email });
    return id;
  }

  hasEmail(email: string): boolean {
    return this.emails.has(email.toLowerCase());
  }

  hasName(name: string): boolean {
    return this.names.has(name);
  }

  membership(userId: string, organizationId: string, role: MembershipRole): void {
    this.world.memberships.push({ id: seedId(`membership:${userId}:${organizationId}`), userId, organizationId, role });
  }

  affiliation(intermediaryId: string, organizationId: string): void {
    this.world.affiliations.push({ id: seedId(`affiliation:${intermediaryId}:${organizationId}`), intermediaryId, organizationId, vetted: true });
  }

  program(key: string, fields: Omit<ProgramSeed, 'id'>): string {
    const id = seedId(`program:${key}`);
    this.world.programs.push({ id, ...fields });
    return id;
  }

  participant(programId: string, organizationId: string, role: ProgramParticipantRole): void {
    this.world.programParticipants.push({ id: seedId(`participant:${programId}:${organizationId}`), programId, organizationId, role });
  }

  fundingOffer(key: string, fields: Omit<FundingOfferSeed, 'id' | 'budgetLeft' | 'active'>): string {
    const id = seedId(`funding-offer:${key}`);
    this.world.fundingOffers.push({ id, ...fields, budgetLeft: fields.budgetTotal, active: true });
    return id;
  }

  volunteer(userId: string, fields: Omit<VolunteerProfileSeed, 'id' | 'userId'>, skills: readonly SkillLevel[]): string {
    const id = seedId(`volunteer-profile:${userId}`);
    this.world.volunteerProfiles.push({ id, userId, ...fields });
    for (const [skillId, level] of uniqueSkills(skills)) {
      this.world.volunteerSkills.push({ profileId: id, skillId: checkedSkill(skillId), level: checkedLevel(level) });
    }
    return id;
  }

  mentor(userId: string, fields: Omit<MentorProfileSeed, 'id' | 'userId'>, skills: readonly SkillLevel[]): string {
    const id = seedId(`mentor-profile:${userId}`);
    this.world.mentorProfiles.push({ id, userId, ...fields });
    for (const [skillId, level] of uniqueSkills(skills)) {
      this.world.mentorSkills.push({ profileId: id, skillId: checkedSkill(skillId), level: checkedLevel(level) });
    }
    return id;
  }

  /** A need shared with a network by a curator of a member intermediary curating it. */
  needShare(needId: string, networkId: string, intermediaryId: string, sharedBy: string): void {
    this.world.needShares.push({ id: seedId(`need-share:${needId}:${networkId}`), needId, networkId, intermediaryId, sharedBy });
  }

  programShare(programId: string, networkId: string, intermediaryId: string, sharedBy: string): void {
    this.world.programShares.push({ id: seedId(`program-share:${programId}:${networkId}`), programId, networkId, intermediaryId, sharedBy });
  }

  /** The first volunteer role of a shared need, proposed by a partner's curator; waits for the need's curators. */
  partnerProposal(needKey: string, p: { volunteerProfileId: string; intermediaryId: string; proposedBy: string; note: string }): void {
    const needId = seedId(`need:${needKey}`);
    const roleId = seedId(`role:${needKey}:volunteer-1`);
    if (!this.world.needRoles.some((r) => r.id === roleId)) throw new Error(`Demo world: need ${needKey} has no volunteer role to propose for`);
    this.world.partnerProposals.push({ id: seedId(`partner-proposal:${roleId}:${p.volunteerProfileId}`), roleId, needId, ...p });
  }

  need(key: string, spec: NeedSpec, roles: readonly RoleSpec[]): string {
    const id = seedId(`need:${key}`);
    const isOpen = spec.status === NeedStatus.OPEN;
    if (isOpen !== (spec.publishedAt !== undefined)) throw new Error(`Demo world: need ${key} must be published exactly when OPEN`);
    this.world.needs.push({ ...spec, id, publishedAt: spec.publishedAt ? new Date(spec.publishedAt) : null });
    const perKind = new Map<RoleKind, number>();
    for (const role of roles) {
      const n = (perKind.get(role.kind) ?? 0) + 1;
      perKind.set(role.kind, n);
      this.addRole(seedId(`role:${key}:${role.kind.toLowerCase()}-${n}`), id, role);
    }
    return id;
  }

  /**
   * A curator's manual match that both sides accepted while the volunteer's employer requires sign-off:
   * it waits in AWAITING_EMPLOYER, holding a seat of the role and a unit of the volunteer's capacity,
   * with the history the lifecycle would have written (created, accepted, accepted) one hour apart.
   */
  awaitingSignOff(
    key: string,
    m: { roleId: string; volunteerProfileId: string; curatorId: string; volunteerUserId: string; nonprofitUserId: string; offeredAt: string; reason: string },
  ): string {
    const id = seedId(`match:${key}`);
    const role = this.world.needRoles.find((r) => r.id === m.roleId);
    const profile = this.world.volunteerProfiles.find((p) => p.id === m.volunteerProfileId);
    if (!role || !profile) throw new Error(`Demo world: match ${key} names a missing role or volunteer`);
    role.seatsFilled = (role.seatsFilled ?? 0) + 1;
    profile.activeEngagements = (profile.activeEngagements ?? 0) + 1;
    if (role.seatsFilled > role.seats || profile.activeEngagements > profile.maxConcurrentEngagements) throw new Error(`Demo world: match ${key} overfills its role or volunteer`);
    const at = (hours: number) => new Date(new Date(m.offeredAt).getTime() + hours * 3_600_000);
    this.world.matches.push({
      id,
      roleId: m.roleId,
      needId: role.needId,
      candidateKind: RoleKind.VOLUNTEER,
      candidateId: m.volunteerProfileId,
      volunteerProfileId: m.volunteerProfileId,
      status: MatchStatus.AWAITING_EMPLOYER,
      explanation: `Matched by a curator: ${m.reason}`,
      manual: true,
      offeredAt: at(0),
      expiresAt: at(14 * 24),
      candidateAcceptedAt: at(1),
      nonprofitAcceptedAt: at(2),
      version: 3,
    });
    const { OFFERED, AWAITING_EMPLOYER } = MatchStatus;
    const history: [MatchAction, MatchStatus | null, MatchStatus, string][] = [
      [MatchAction.CREATE_MANUAL, null, OFFERED, m.curatorId],
      [MatchAction.ACCEPT, OFFERED, OFFERED, m.volunteerUserId],
      [MatchAction.ACCEPT, OFFERED, AWAITING_EMPLOYER, m.nonprofitUserId],
    ];
    history.forEach(([action, fromStatus, toStatus, actorUserId], i) =>
      this.world.matchEvents.push({
        id: seedId(`match-event:${key}:${i}`),
        matchId: id,
        action,
        fromStatus,
        toStatus,
        actorUserId,
        reason: i === 0 ? m.reason : null,
        createdAt: at(i),
      }),
    );
    return id;
  }

  private addRole(id: string, needId: string, role: RoleSpec): void {
    if ((role.kind === RoleKind.FUNDING) !== (role.amount !== undefined)) throw new Error(`Demo world: role ${role.title} has an amount iff it is FUNDING`);
    this.world.needRoles.push({
      id,
      needId,
      kind: role.kind,
      title: role.title,
      description: role.description ?? '',
      hoursPerMonth: role.hoursPerMonth,
      seats: role.seats,
      amount: role.amount ?? null,
    });
    for (const [skillId, level, weight] of role.skills ?? []) {
      this.world.needRoleSkills.push({ roleId: id, skillId: checkedSkill(skillId), level: checkedLevel(level), weight: checkedLevel(weight) });
    }
  }
}

function checkedSkill(skillId: string): string {
  if (!SKILL_IDS.has(skillId)) throw new Error(`Demo world: unknown skill ${skillId}`);
  return skillId;
}

function checkedLevel(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 5) throw new Error(`Demo world: level or weight ${value} is not 1-5`);
  return value;
}

/** Generated profiles may draw a skill twice; the first (core) level wins. */
function uniqueSkills(skills: readonly SkillLevel[]): SkillLevel[] {
  const seen = new Set<string>();
  return skills.filter(([skillId]) => {
    if (seen.has(skillId)) return false;
    seen.add(skillId);
    return true;
  });
}

/** ASCII local part for generated emails: "Wiśniewski" → "wisniewski", "O'Sullivan" → "osullivan". */
export function emailSlug(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
