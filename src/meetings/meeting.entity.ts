import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';

import { MatchEntity } from '../matches/match.entity';
import { UserEntity } from '../users/user.entity';

export const MAX_MEETING_SLOTS = 5;
export const MAX_MEETING_LOCATION_LENGTH = 300;
export const MIN_MEETING_MINUTES = 15;
export const MAX_MEETING_MINUTES = 240;

export enum MeetingKind {
  SCOPING_CALL = 'SCOPING_CALL',
  KICK_OFF = 'KICK_OFF',
}
registerEnumType(MeetingKind, { name: 'MeetingKind' });

export enum MeetingStatus {
  OPEN = 'OPEN',
  CHOSEN = 'CHOSEN',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });

/** The side of the match whose member proposed the times: the other side picks. */
export enum MeetingSide {
  NONPROFIT = 'NONPROFIT',
  CANDIDATE = 'CANDIDATE',
  CURATOR = 'CURATOR',
}
registerEnumType(MeetingSide, { name: 'MeetingSide' });

/**
 * A scoping call or kick-off of a match: one side proposes 1-5 slots, the other picks one. At most one
 * open proposal per kind and match (partial unique index); `version` is the compare-and-set of picks.
 */
@ObjectType('Meeting')
@Entity('meeting')
@Index('UQ_meeting_open_kind', ['matchId', 'kind'], { unique: true, where: `status = 'OPEN'` })
@Index('IDX_meeting_match_created', ['matchId', 'createdAt'])
@Check('CHK_meeting_location', `char_length(location) <= ${MAX_MEETING_LOCATION_LENGTH}`)
@Check('CHK_meeting_time_zone', `char_length(time_zone) BETWEEN 1 AND 64`)
@Check('CHK_meeting_chosen', `(status = 'CHOSEN') = (chosen_slot_id IS NOT NULL)`)
export class MeetingEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  matchId: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match: Relation<MatchEntity>;

  @Field(() => MeetingKind)
  @Column({ type: 'enum', enum: MeetingKind, enumName: 'meeting_kind' })
  kind: MeetingKind;

  @Field(() => MeetingStatus)
  @Column({ type: 'enum', enum: MeetingStatus, enumName: 'meeting_status', default: MeetingStatus.OPEN })
  status: MeetingStatus;

  @Field(() => MeetingSide)
  @Column({ type: 'enum', enum: MeetingSide, enumName: 'meeting_side' })
  proposerSide: MeetingSide;

  /** Null once the proposer's account is gone. */
  @Column('uuid', { nullable: true })
  proposedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedBy: Relation<UserEntity> | null;

  @Field({ description: 'The IANA time zone of the proposer, e.g. Europe/Berlin: the slots are shown in it beside the reader’s own' })
  @Column('text')
  timeZone: string;

  @Field(() => String, { nullable: true, description: 'A video link or a place, plain text; render it as text, never as HTML' })
  @Column('text', { nullable: true })
  location: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  chosenSlotId: string | null;

  @Column('uuid', { nullable: true })
  pickedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'picked_by_id' })
  pickedBy: Relation<UserEntity> | null;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a slot was picked or the proposal withdrawn' })
  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;
}

/** One proposed time of a meeting. */
@ObjectType('MeetingSlot')
@Entity('meeting_slot')
@Index('IDX_meeting_slot_meeting', ['meetingId', 'startsAt'])
@Check('CHK_meeting_slot_duration', `duration_minutes BETWEEN ${MIN_MEETING_MINUTES} AND ${MAX_MEETING_MINUTES}`)
export class MeetingSlotEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: Relation<MeetingEntity>;

  @Field()
  @Column('timestamptz')
  startsAt: Date;

  @Field(() => Int)
  @Column('int')
  durationMinutes: number;
}
