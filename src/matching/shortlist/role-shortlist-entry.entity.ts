import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';

import { FundingOfferEntity } from '../../funding-offers/funding-offer.entity';
import { MatchReason, ScoreBreakdown } from '../../matches/dtos/match-reason.dto';
import { NeedRoleEntity, RoleKind } from '../../needs/need-role.entity';
import { MentorProfileEntity } from '../../profiles/mentor-profile.entity';
import { VolunteerProfileEntity } from '../../profiles/volunteer-profile.entity';
import { MatchingRunEntity } from '../matching-run.entity';

/**
 * One ranked candidate of a role as the latest matching run saw it. A run replaces the role's whole
 * list, so the rows of a role always come from one run. candidateId repeats whichever of the three
 * candidate columns is set, as on match, so the swap can compare it with matches directly.
 */
@Entity('role_shortlist_entry')
@Index('UQ_role_shortlist_entry_rank', ['roleId', 'rank'], { unique: true })
@Index('UQ_role_shortlist_entry_candidate', ['roleId', 'candidateId'], { unique: true })
@Index('IDX_role_shortlist_entry_run', ['runId'])
@Check(
  'CHK_role_shortlist_entry_candidate',
  `(candidate_kind = 'VOLUNTEER' AND volunteer_profile_id IS NOT NULL AND mentor_profile_id IS NULL AND funding_offer_id IS NULL AND candidate_id = volunteer_profile_id)
   OR (candidate_kind = 'MENTOR' AND mentor_profile_id IS NOT NULL AND volunteer_profile_id IS NULL AND funding_offer_id IS NULL AND candidate_id = mentor_profile_id)
   OR (candidate_kind = 'FUNDING' AND funding_offer_id IS NOT NULL AND volunteer_profile_id IS NULL AND mentor_profile_id IS NULL AND candidate_id = funding_offer_id)`,
)
@Check('CHK_role_shortlist_entry_rank', `rank >= 1`)
@Check('CHK_role_shortlist_entry_score', `score BETWEEN 0 AND 1`)
export class RoleShortlistEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  roleId: string;

  @ManyToOne(() => NeedRoleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'role_id' })
  role: Relation<NeedRoleEntity>;

  @Column('smallint')
  rank: number;

  @Column({ type: 'enum', enum: RoleKind, enumName: 'role_kind' })
  candidateKind: RoleKind;

  @Column('uuid')
  candidateId: string;

  @Column('uuid', { nullable: true })
  volunteerProfileId: string | null;

  @ManyToOne(() => VolunteerProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_profile_id' })
  volunteerProfile: Relation<VolunteerProfileEntity> | null;

  @Column('uuid', { nullable: true })
  mentorProfileId: string | null;

  @ManyToOne(() => MentorProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_profile_id' })
  mentorProfile: Relation<MentorProfileEntity> | null;

  @Column('uuid', { nullable: true })
  fundingOfferId: string | null;

  @ManyToOne(() => FundingOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'funding_offer_id' })
  fundingOffer: Relation<FundingOfferEntity> | null;

  @Column('double precision')
  score: number;

  @Column('jsonb')
  breakdown: ScoreBreakdown;

  @Column('jsonb')
  reasons: MatchReason[];

  @Column()
  proposed: boolean;

  @Column('uuid')
  runId: string;

  @ManyToOne(() => MatchingRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run: Relation<MatchingRunEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
