import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';

import { MatchEntity } from '../matches/match.entity';
import { NeedEntity } from '../needs/need.entity';
import { NeedRoleEntity, RoleKind } from '../needs/need-role.entity';
import { UserEntity } from '../users/user.entity';

export const MAX_INTEREST_NOTE = 500;
export const MAX_INTEREST_DECLINE_REASON = 500;

export enum InterestStatus {
  RAISED = 'RAISED',
  WITHDRAWN = 'WITHDRAWN',
  OFFERED = 'OFFERED',
  DECLINED = 'DECLINED',
}
registerEnumType(InterestStatus, {
  name: 'InterestStatus',
  description: 'RAISED → WITHDRAWN (by its author) | OFFERED (made into a match) | DECLINED (by a curator or the nonprofit)',
});

/** A volunteer or mentor raising their hand for one role: a queue for curators and the nonprofit, and a signal to the matcher. */
@ObjectType('Interest')
@Entity('interest')
// One per person and role: raising it again after a withdrawal reopens the same row.
@Index('UQ_interest_role_candidate', ['roleId', 'candidateId'], { unique: true })
@Index('IDX_interest_need_status', ['needId', 'status'])
@Check('CHK_interest_note', `char_length(note) <= ${MAX_INTEREST_NOTE}`)
@Check('CHK_interest_decline_reason', `decline_reason IS NULL OR char_length(decline_reason) <= ${MAX_INTEREST_DECLINE_REASON}`)
@Check('CHK_interest_candidate_kind', `candidate_kind IN ('VOLUNTEER', 'MENTOR')`)
@Check('CHK_interest_match', `match_id IS NULL OR status = 'OFFERED'`)
export class InterestEntity {
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

  @Index()
  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Field(() => RoleKind)
  @Column({ type: 'enum', enum: RoleKind, enumName: 'role_kind' })
  candidateKind: RoleKind;

  @Field(() => ID, { description: 'The volunteer or mentor profile that raised it' })
  @Column('uuid')
  candidateId: string;

  @Field({ description: `Plain text, at most ${MAX_INTEREST_NOTE} characters. Render it as text, never as HTML.` })
  @Column({ type: 'text', default: '' })
  note: string;

  @Field(() => InterestStatus)
  @Column({ type: 'enum', enum: InterestStatus, enumName: 'interest_status', default: InterestStatus.RAISED })
  status: InterestStatus;

  @Field(() => String, { nullable: true, description: 'DECLINED: why, when the curator or nonprofit said' })
  @Column({ type: 'text', nullable: true })
  declineReason: string | null;

  @Field(() => ID, { nullable: true, description: 'OFFERED: the match it became' })
  @Column('uuid', { nullable: true })
  matchId: string | null;

  @ManyToOne(() => MatchEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'match_id' })
  match: Relation<MatchEntity> | null;

  /** When the curators and the nonprofit were told; the claim that keeps a re-delivered event from telling them twice. */
  @Column({ type: 'timestamptz', nullable: true })
  notifiedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
