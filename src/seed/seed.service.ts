import { DataSource, EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { AffiliationEntity } from '../affiliations/affiliation.entity';
import { hashPassword } from '../auth/password';
import { UnitOfWork } from '../common/database/unit-of-work';
import { EventEntity } from '../events/event.entity';
import { EventAttendeeEntity, EventAttendeeSlotEntity } from '../events/event-attendee.entity';
import { EventRoomEntity, EventSlotEntity } from '../events/event-slot.entity';
import { FundingOfferEntity } from '../funding-offers/funding-offer.entity';
import { MatchEntity } from '../matches/match.entity';
import { MatchEventEntity } from '../matches/match-event.entity';
import { insertPartnerProposal } from '../matches/match-writer';
import { MembershipEntity } from '../memberships/membership.entity';
import { NeedEntity } from '../needs/need.entity';
import { NeedRoleEntity } from '../needs/need-role.entity';
import { NeedRoleSkillEntity } from '../needs/need-role-skill.entity';
import { NeedShareEntity } from '../network-sharing/need-share.entity';
import { ProgramShareEntity } from '../network-sharing/program-share.entity';
import { NetworkStatementEntity } from '../network-statements/network-statement.entity';
import { StatementCommitmentEntity } from '../network-statements/statement-commitment.entity';
import { StatementSignatureEntity } from '../network-statements/statement-signature.entity';
import { NetworkEntity } from '../networks/network.entity';
import { NetworkMemberEntity } from '../networks/network-member.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { MentorProfileEntity } from '../profiles/mentor-profile.entity';
import { MentorSkillEntity } from '../profiles/mentor-skill.entity';
import { VolunteerProfileEntity } from '../profiles/volunteer-profile.entity';
import { VolunteerSkillEntity } from '../profiles/volunteer-skill.entity';
import { ProgramEntity } from '../programs/program.entity';
import { ProgramParticipantEntity } from '../programs/program-participant.entity';
import { SkillEntity } from '../skills/skill.entity';
import { UserEntity } from '../users/user.entity';
import { DEMO_IDS, DEMO_PASSWORD, DEMO_WORLD } from './data/demo-world.data';
import type { DemoWorld, PartnerProposalSeed, UserSeed } from './data/demo-world.types';

export interface SeedSummary {
  /** Rows inserted by this run, per table; all zero when everything was already there. */
  inserted: Record<string, number>;
  insertedTotal: number;
  durationMs: number;
}

// Stays far below PostgreSQL's 65,535 bind parameters for our widest table (~15 columns).
const ROWS_PER_STATEMENT = 1000;

/**
 * Loads the demo world on top of the skills taxonomy, which must be loaded first (it is
 * reference data, see skills/skill-taxonomy.loader.ts). Idempotent: every row has a fixed id and
 * is inserted with ON CONFLICT DO NOTHING, so a second run inserts nothing and edits made in the
 * app are never overwritten. Runs in one transaction: a failure leaves the database as it was.
 */
export async function seedDemoWorld(dataSource: DataSource): Promise<SeedSummary> {
  const started = performance.now();
  const inserted = await new UnitOfWork(dataSource).run(async ({ manager }) => {
    // Two app instances starting together would otherwise both seed; the lock lets one finish
    // first, after which the other finds every row present and inserts nothing.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('rally:seed'))`);
    await assertSkillsLoaded(manager, DEMO_WORLD);
    return insertDemoWorld(manager, DEMO_WORLD);
  });
  return {
    inserted,
    insertedTotal: Object.values(inserted).reduce((sum, n) => sum + n, 0),
    durationMs: Math.round(performance.now() - started),
  };
}

/** The launcher's first-start demo: loads the demo world unless it is there already; null when it was. */
export async function seedDemoWorldOnce(dataSource: DataSource): Promise<SeedSummary | null> {
  return (await hasDemoWorld(dataSource)) ? null : seedDemoWorld(dataSource);
}

/** Whether the demo world has been loaded into this database (its network is the marker). */
export async function hasDemoWorld(dataSource: DataSource): Promise<boolean> {
  return dataSource.getRepository(NetworkEntity).exists({ where: { id: DEMO_IDS.asiaNetwork } });
}

async function assertSkillsLoaded(manager: EntityManager, world: Readonly<DemoWorld>): Promise<void> {
  const wanted = [...new Set([...world.needRoleSkills, ...world.volunteerSkills, ...world.mentorSkills].map((s) => s.skillId))];
  const present = await manager.getRepository(SkillEntity).countBy({ id: In(wanted) });
  if (present < wanted.length) {
    throw new Error(`The demo world refers to ${wanted.length - present} skill(s) missing from the skill table: load the skills taxonomy first (loadSkillTaxonomy).`);
  }
}

async function insertDemoWorld(manager: EntityManager, world: Readonly<DemoWorld>): Promise<Record<string, number>> {
  const users = await withPasswordHashes(manager, world.users);
  // Parents before children, so every foreign key already points at a row.
  return {
    organization: await insertMissing(manager, OrganizationEntity, world.organizations),
    network: await insertMissing(manager, NetworkEntity, world.networks),
    network_member: await insertMissing(manager, NetworkMemberEntity, world.networkMembers),
    user_account: await insertMissing(manager, UserEntity, users),
    membership: await insertMissing(manager, MembershipEntity, world.memberships),
    affiliation: await insertMissing(manager, AffiliationEntity, world.affiliations),
    volunteer_profile: await insertMissing(manager, VolunteerProfileEntity, world.volunteerProfiles),
    volunteer_skill: await insertMissing(manager, VolunteerSkillEntity, world.volunteerSkills),
    mentor_profile: await insertMissing(manager, MentorProfileEntity, world.mentorProfiles),
    mentor_skill: await insertMissing(manager, MentorSkillEntity, world.mentorSkills),
    funding_offer: await insertMissing(manager, FundingOfferEntity, world.fundingOffers),
    program: await insertMissing(manager, ProgramEntity, world.programs),
    program_participant: await insertMissing(manager, ProgramParticipantEntity, world.programParticipants),
    need: await insertMissing(manager, NeedEntity, world.needs),
    need_role: await insertMissing(manager, NeedRoleEntity, world.needRoles),
    need_role_skill: await insertMissing(manager, NeedRoleSkillEntity, world.needRoleSkills),
    event: await insertMissing(manager, EventEntity, world.events),
    event_slot: await insertMissing(manager, EventSlotEntity, world.eventSlots),
    event_room: await insertMissing(manager, EventRoomEntity, world.eventRooms),
    event_attendee: await insertMissing(manager, EventAttendeeEntity, world.eventAttendees),
    event_attendee_slot: await insertMissing(manager, EventAttendeeSlotEntity, world.eventAttendeeSlots),
    network_statement: await insertMissing(manager, NetworkStatementEntity, world.networkStatements),
    statement_signature: await insertMissing(manager, StatementSignatureEntity, world.statementSignatures),
    statement_commitment: await insertMissing(manager, StatementCommitmentEntity, world.statementCommitments),
    need_share: await insertMissing(manager, NeedShareEntity, world.needShares),
    program_share: await insertMissing(manager, ProgramShareEntity, world.programShares),
    // Matches arrive as the lifecycle left them, history included: the demo starts mid-story, before any feature runs.
    match: (await insertMissing(manager, MatchEntity, world.matches)) + (await insertPartnerProposals(manager, world.partnerProposals)),
    match_event: await insertMissing(manager, MatchEventEntity, world.matchEvents),
  };
}

/**
 * Argon2 is deliberately slow, so the demo password is hashed once per run and shared by all demo
 * users, and not at all when every demo user already exists (the usual case at app start).
 */
async function withPasswordHashes(manager: EntityManager, users: readonly UserSeed[]): Promise<(UserSeed & { passwordHash: string })[]> {
  const present = await manager.getRepository(UserEntity).countBy({ id: In(users.map((u) => u.id)) });
  if (present === users.length) return [];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return users.map((user) => ({ ...user, passwordHash }));
}

/** Through the match writer, as every match is made, and only those not there yet. */
async function insertPartnerProposals(manager: EntityManager, proposals: readonly PartnerProposalSeed[]): Promise<number> {
  const present = new Set((await manager.findBy(MatchEntity, { id: In(proposals.map((p) => p.id)) })).map((m) => m.id));
  const missing = proposals.filter((p) => !present.has(p.id));
  for (const { proposedBy, ...proposal } of missing) await insertPartnerProposal(manager, proposal, proposedBy);
  return missing.length;
}

/** Multi-row INSERT … ON CONFLICT DO NOTHING in chunks; returns how many rows were new. */
async function insertMissing<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, rows: readonly QueryDeepPartialEntity<T>[]): Promise<number> {
  const primaryKey = manager.connection.getMetadata(target).primaryColumns.map((c) => c.propertyPath);
  let count = 0;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + ROWS_PER_STATEMENT))
      .orIgnore()
      .returning(primaryKey)
      .updateEntity(false)
      .callListeners(false)
      .execute();
    count += Array.isArray(result.raw) ? result.raw.length : 0;
  }
  return count;
}
