import type { AffiliationEntity } from '../../affiliations/affiliation.entity';
import type { EventEntity } from '../../events/event.entity';
import type { EventAttendeeEntity, EventAttendeeSlotEntity } from '../../events/event-attendee.entity';
import type { EventRoomEntity, EventSlotEntity } from '../../events/event-slot.entity';
import type { FundingOfferEntity } from '../../funding-offers/funding-offer.entity';
import type { MatchEntity } from '../../matches/match.entity';
import type { MatchEventEntity } from '../../matches/match-event.entity';
import type { MembershipEntity } from '../../memberships/membership.entity';
import type { NeedEntity } from '../../needs/need.entity';
import type { NeedRoleEntity } from '../../needs/need-role.entity';
import type { NeedRoleSkillEntity } from '../../needs/need-role-skill.entity';
import type { NeedShareEntity } from '../../network-sharing/need-share.entity';
import type { ProgramShareEntity } from '../../network-sharing/program-share.entity';
import type { NetworkStatementEntity } from '../../network-statements/network-statement.entity';
import type { StatementCommitmentEntity } from '../../network-statements/statement-commitment.entity';
import type { StatementSignatureEntity } from '../../network-statements/statement-signature.entity';
import type { NetworkEntity } from '../../networks/network.entity';
import type { NetworkMemberEntity } from '../../networks/network-member.entity';
import type { OrganizationEntity } from '../../organizations/organization.entity';
import type { MentorProfileEntity } from '../../profiles/mentor-profile.entity';
import type { MentorSkillEntity } from '../../profiles/mentor-skill.entity';
import type { VolunteerProfileEntity } from '../../profiles/volunteer-profile.entity';
import type { VolunteerSkillEntity } from '../../profiles/volunteer-skill.entity';
import type { ProgramEntity } from '../../programs/program.entity';
import type { ProgramParticipantEntity } from '../../programs/program-participant.entity';
import type { UserEntity } from '../../users/user.entity';

// Rows are typed as picks of the entities, so a renamed or retyped column breaks the seed at compile time.
/** Without a currency, the database gives the organization its country's (JP: JPY). */
export type OrganizationSeed = Pick<OrganizationEntity, 'id' | 'kind' | 'name' | 'country' | 'languages' | 'website' | 'description' | 'verified'> &
  Partial<Pick<OrganizationEntity, 'currency' | 'requiresEmployerSignOff'>>;
export type NetworkSeed = Pick<NetworkEntity, 'id' | 'name' | 'description' | 'region'>;
export type NetworkMemberSeed = Pick<NetworkMemberEntity, 'id' | 'networkId' | 'organizationId'>;
export type NeedShareSeed = Pick<NeedShareEntity, 'id' | 'needId' | 'networkId' | 'intermediaryId' | 'sharedBy'>;
export type ProgramShareSeed = Pick<ProgramShareEntity, 'id' | 'programId' | 'networkId' | 'intermediaryId' | 'sharedBy'>;
/** A volunteer a partner intermediary proposed for a shared need, waiting for the need's curators. */
export interface PartnerProposalSeed {
  id: string;
  roleId: string;
  needId: string;
  volunteerProfileId: string;
  intermediaryId: string;
  proposedBy: string;
  note: string;
}
/** The password hash is added when seeding: it is computed once per run, not stored in the data. */
export type UserSeed = Pick<UserEntity, 'id' | 'email' | 'name' | 'locale' | 'isPlatformAdmin'>;
export type MembershipSeed = Pick<MembershipEntity, 'id' | 'userId' | 'organizationId' | 'role'>;
export type AffiliationSeed = Pick<AffiliationEntity, 'id' | 'intermediaryId' | 'organizationId' | 'vetted'>;
export type VolunteerProfileSeed = Pick<
  VolunteerProfileEntity,
  | 'id'
  | 'userId'
  | 'employerId'
  | 'headline'
  | 'bio'
  | 'languages'
  | 'country'
  | 'timeZone'
  | 'hoursPerMonth'
  | 'maxConcurrentEngagements'
  | 'causes'
  | 'remoteOk'
  | 'onSiteOk'
  | 'available'
> &
  Partial<Pick<VolunteerProfileEntity, 'activeEngagements'>>;
export type VolunteerSkillSeed = Pick<VolunteerSkillEntity, 'profileId' | 'skillId' | 'level'>;
export type MentorProfileSeed = Pick<
  MentorProfileEntity,
  'id' | 'userId' | 'headline' | 'bio' | 'languages' | 'country' | 'timeZone' | 'hoursPerMonth' | 'menteeCapacity' | 'causes' | 'available'
>;
export type MentorSkillSeed = Pick<MentorSkillEntity, 'profileId' | 'skillId' | 'level'>;
export type FundingOfferSeed = Pick<
  FundingOfferEntity,
  'id' | 'funderId' | 'title' | 'description' | 'focusAreas' | 'countries' | 'minTicket' | 'maxTicket' | 'budgetTotal' | 'budgetLeft' | 'currency' | 'active'
>;
export type ProgramSeed = Pick<ProgramEntity, 'id' | 'intermediaryId' | 'name' | 'description' | 'startsOn' | 'endsOn' | 'requiresMentor' | 'curationRequired'>;
export type ProgramParticipantSeed = Pick<ProgramParticipantEntity, 'id' | 'programId' | 'organizationId' | 'role'>;
export type NeedSeed = Pick<
  NeedEntity,
  | 'id'
  | 'nonprofitId'
  | 'programId'
  | 'title'
  | 'summary'
  | 'impact'
  | 'focusArea'
  | 'country'
  | 'language'
  | 'remote'
  | 'startsOn'
  | 'endsOn'
  | 'status'
  | 'publishedAt'
  | 'createdById'
>;
export type NeedRoleSeed = Pick<NeedRoleEntity, 'id' | 'needId' | 'kind' | 'title' | 'description' | 'hoursPerMonth' | 'seats' | 'amount'> &
  Partial<Pick<NeedRoleEntity, 'seatsFilled'>>;
/** A match as the lifecycle leaves it, with its history; the seat and the load it holds are counted on its role and profile. */
export type MatchSeed = Pick<
  MatchEntity,
  | 'id'
  | 'roleId'
  | 'needId'
  | 'candidateKind'
  | 'candidateId'
  | 'volunteerProfileId'
  | 'status'
  | 'explanation'
  | 'manual'
  | 'offeredAt'
  | 'expiresAt'
  | 'nonprofitAcceptedAt'
  | 'candidateAcceptedAt'
  | 'version'
>;
export type MatchEventSeed = Pick<MatchEventEntity, 'id' | 'matchId' | 'actorUserId' | 'action' | 'fromStatus' | 'toStatus' | 'reason' | 'createdAt'>;
export type NeedRoleSkillSeed = Pick<NeedRoleSkillEntity, 'roleId' | 'skillId' | 'level' | 'weight'>;

export type EventSeed = Pick<EventEntity, 'id' | 'organizerId' | 'name' | 'kind' | 'timeZone' | 'startsOn' | 'endsOn' | 'minMeetingsPerNonprofit'>;
export type EventSlotSeed = Pick<EventSlotEntity, 'id' | 'eventId' | 'startsAt' | 'endsAt'>;
export type EventRoomSeed = Pick<EventRoomEntity, 'id' | 'eventId' | 'name' | 'videoLink'>;
export type EventAttendeeSeed = Pick<EventAttendeeEntity, 'id' | 'eventId' | 'userId' | 'side' | 'organizationId'>;
export type EventAttendeeSlotSeed = Pick<EventAttendeeSlotEntity, 'attendeeId' | 'slotId'>;
export type NetworkStatementSeed = Pick<
  NetworkStatementEntity,
  'id' | 'networkId' | 'title' | 'body' | 'status' | 'draftedByOrganizationId' | 'draftedByUserId' | 'publishedAt' | 'version'
>;
export type StatementSignatureSeed = Pick<StatementSignatureEntity, 'id' | 'statementId' | 'organizationId' | 'signedByUserId' | 'signedAt'>;
export type StatementCommitmentSeed = Pick<StatementCommitmentEntity, 'id' | 'statementId' | 'organizationId' | 'text' | 'dueOn' | 'status' | 'progressNote'>;

/** Every row of the demo world, per table, in an order that satisfies the foreign keys. */
export interface DemoWorld {
  organizations: OrganizationSeed[];
  networks: NetworkSeed[];
  networkMembers: NetworkMemberSeed[];
  users: UserSeed[];
  memberships: MembershipSeed[];
  affiliations: AffiliationSeed[];
  volunteerProfiles: VolunteerProfileSeed[];
  volunteerSkills: VolunteerSkillSeed[];
  mentorProfiles: MentorProfileSeed[];
  mentorSkills: MentorSkillSeed[];
  fundingOffers: FundingOfferSeed[];
  programs: ProgramSeed[];
  programParticipants: ProgramParticipantSeed[];
  needs: NeedSeed[];
  needRoles: NeedRoleSeed[];
  needRoleSkills: NeedRoleSkillSeed[];
  events: EventSeed[];
  eventSlots: EventSlotSeed[];
  eventRooms: EventRoomSeed[];
  eventAttendees: EventAttendeeSeed[];
  eventAttendeeSlots: EventAttendeeSlotSeed[];
  networkStatements: NetworkStatementSeed[];
  statementSignatures: StatementSignatureSeed[];
  statementCommitments: StatementCommitmentSeed[];
  needShares: NeedShareSeed[];
  programShares: ProgramShareSeed[];
  partnerProposals: PartnerProposalSeed[];
  matches: MatchSeed[];
  matchEvents: MatchEventSeed[];
}

/** A skill wanted or offered: [skill id, level 1-5]. */
export type SkillLevel = readonly [skillId: string, level: number];
/** A skill a role wants: [skill id, level 1-5, weight 1-5]. */
export type WeightedSkill = readonly [skillId: string, level: number, weight: number];
