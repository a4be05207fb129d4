import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn, VersionColumn } from 'typeorm';

import { ListSize } from '../common/graphql/query-limits';
import { FundingOfferEntity } from '../funding-offers/funding-offer.entity';
import { MAX_ROLE_SKILLS } from '../needs/dtos/role.inputs';
import { NeedEntity } from '../needs/need.entity';
import { NeedRoleEntity, RoleKind } from '../needs/need-role.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { MentorProfileEntity } from '../profiles/mentor-profile.entity';
import { VolunteerProfileEntity } from '../profiles/volunteer-profile.entity';
import { MatchReason, ScoreBreakdown } from './dtos/match-reason.dto';

// One reason per wanted skill, plus at most one of each other kind (language, location, cause, …).
export const MAX_MATCH_REASONS = MAX_ROLE_SKILLS + 10;

export enum MatchStatus {
  PROPOSED = 'PROPOSED',
  OFFERED = 'OFFERED',
  CONFIRMED = 'CONFIRMED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
  CANCELLED = 'CANCELLED',
  // Employer sign-off: both sides agreed, the volunteer's company must approve the time.
  AWAITING_EMPLOYER = 'AWAITING_EMPLOYER',
  EMPLOYER_DECLINED = 'EMPLOYER_DECLINED',
}
registerEnumType(MatchStatus, { name: 'MatchStatus' });

export const OPEN_MATCH_STATUSES = [MatchStatus.PROPOSED, MatchStatus.OFFERED, MatchStatus.AWAITING_EMPLOYER, MatchStatus.CONFIRMED, MatchStatus.ACTIVE];

export enum DeclineReason {
  NO_TIME = 'NO_TIME',
  SKILLS_MISMATCH = 'SKILLS_MISMATCH',
  NOT_INTERESTED = 'NOT_INTERESTED',
  TIMING = 'TIMING',
  LANGUAGE = 'LANGUAGE',
  FOUND_SOMEONE_ELSE = 'FOUND_SOMEONE_ELSE',
  OTHER = 'OTHER',
}
registerEnumType(DeclineReason, { name: 'DeclineReason' });

/**
 * A proposed or agreed pairing of a need role with a volunteer, a mentor or a funding offer.
 * candidateId repeats whichever of the three is set, so one unique index can guard open pairs.
 */
@ObjectType('Match')
@Entity('match')
@Index('UQ_match_open_pair', ['roleId', 'candidateId'], {
  unique: true,
  where: `status IN ('PROPOSED', 'OFFERED', 'AWAITING_EMPLOYER', 'CONFIRMED', 'ACTIVE')`,
})
@Index('IDX_match_role_status', ['roleId', 'status'])
@Index('IDX_match_candidate_status', ['candidateId', 'status'])
@Index('IDX_match_need_status', ['needId', 'status'])
@Check(
  'CHK_match_candidate',
  `(candidate_kind = 'VOLUNTEER' AND volunteer_profile_id IS NOT NULL AND mentor_profile_id IS NULL AND funding_offer_id IS NULL AND candidate_id = volunteer_profile_id)
   OR (candidate_kind = 'MENTOR' AND mentor_profile_id IS NOT NULL AND volunteer_profile_id IS NULL AND funding_offer_id IS NULL AND candidate_id = mentor_profile_id)
   OR (candidate_kind = 'FUNDING' AND funding_offer_id IS NOT NULL AND volunteer_profile_id IS NULL AND mentor_profile_id IS NULL AND candidate_id = funding_offer_id)`,
)
@Check('CHK_match_score', `score BETWEEN 0 AND 1`)
export class MatchEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  roleId: string;

  @ManyToOne(() => NeedRoleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'role_id' })
  role: Relation<NeedRoleEntity>;

  @Field(() => ID)
  @Column('uuid')
  needId: string;

  @ManyToOne(() => NeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need: Relation<NeedEntity>;

  @Field(() => RoleKind)
  @Column({ type: 'enum', enum: RoleKind, enumName: 'role_kind' })
  candidateKind: RoleKind;

  @Field(() => ID)
  @Column('uuid')
  candidateId: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  volunteerProfileId: string | null;

  @ManyToOne(() => VolunteerProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_profile_id' })
  volunteerProfile: Relation<VolunteerProfileEntity> | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  mentorProfileId: string | null;

  @ManyToOne(() => MentorProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_profile_id' })
  mentorProfile: Relation<MentorProfileEntity> | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  fundingOfferId: string | null;

  @ManyToOne(() => FundingOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'funding_offer_id' })
  fundingOffer: Relation<FundingOfferEntity> | null;

  @Field(() => MatchStatus)
  @Column({ type: 'enum', enum: MatchStatus, enumName: 'match_status', default: MatchStatus.PROPOSED })
  status: MatchStatus;

  @Field(() => Float)
  @Column('double precision', { default: 0 })
  score: number;

  // Manual matches have no score parts: their stored breakdown is empty, answered as null.
  @Field(() => ScoreBreakdown, { nullable: true, description: 'How the engine scored the pairing; null for manual matches' })
  @Column('jsonb', {
    default: {},
    transformer: { from: (value: Partial<ScoreBreakdown> | null) => (value?.parts ? value : null), to: (value: ScoreBreakdown | null | undefined) => value ?? {} },
  })
  breakdown: ScoreBreakdown | null;

  @Field({ description: 'Why this pairing was proposed, in one sentence' })
  @Column({ type: 'text', default: '' })
  explanation: string;

  @Field(() => [MatchReason], { description: `Structured reasons, for wording the explanation in any language; at most ${MAX_MATCH_REASONS}` })
  @ListSize(MAX_MATCH_REASONS)
  @Column('jsonb', { default: [] })
  reasons: MatchReason[];

  @Field({ description: 'A curator made this match by hand' })
  @Column({ default: false })
  manual: boolean;

  @Field(() => ID, { nullable: true, description: 'The partner intermediary in a network whose curator proposed this match for a shared need' })
  @Index('IDX_match_proposed_by_intermediary')
  @Column('uuid', { nullable: true })
  proposedByIntermediaryId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_by_intermediary_id' })
  proposedByIntermediary: Relation<OrganizationEntity> | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  runId: string | null;

  // Named, not imported: matching depends on matches, never the reverse.
  @ManyToOne('MatchingRunEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'run_id' })
  run: Relation<object> | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  nonprofitAcceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  candidateAcceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  offeredAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Index()
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** When the "expiring soon" reminder went out; it goes out once per offer. */
  @Column({ type: 'timestamptz', nullable: true })
  reminderSentAt: Date | null;

  @Field(() => DeclineReason, { nullable: true })
  @Column({ type: 'enum', enum: DeclineReason, enumName: 'decline_reason', nullable: true })
  declineReason: DeclineReason | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  statusNote: string | null;

  @Field(() => Int, { description: 'Pass it back with each transition; a stale one gets CONFLICT' })
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
