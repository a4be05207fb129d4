import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';

import { NeedRoleEntity } from '../needs/need-role.entity';
import { EventEntity } from './event.entity';
import { EventAttendeeEntity } from './event-attendee.entity';
import { EventRoomEntity, EventSlotEntity } from './event-slot.entity';

export enum EventMeetingStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(EventMeetingStatus, { name: 'EventMeetingStatus' });

/**
 * One computed meeting: a host (a nonprofit or intermediary) and a guest in a room during a slot. The unique
 * keys are the schedule's rules, held by the database as well as the scheduler.
 */
@ObjectType('EventMeeting')
@Entity('event_meeting')
@Unique('UQ_event_meeting_host_slot', ['slotId', 'hostAttendeeId'])
@Unique('UQ_event_meeting_guest_slot', ['slotId', 'guestAttendeeId'])
@Unique('UQ_event_meeting_room_slot', ['slotId', 'roomId'])
@Unique('UQ_event_meeting_pair', ['eventId', 'hostAttendeeId', 'guestAttendeeId'])
@Index('IDX_event_meeting_guest', ['guestAttendeeId'])
@Check('CHK_event_meeting_score', `score BETWEEN 0 AND 1`)
@Check('CHK_event_meeting_host_rating', `host_rating IS NULL OR host_rating BETWEEN 1 AND 5`)
@Check('CHK_event_meeting_guest_rating', `guest_rating IS NULL OR guest_rating BETWEEN 1 AND 5`)
@Check('CHK_event_meeting_two_people', `host_attendee_id <> guest_attendee_id`)
export class EventMeetingEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<EventEntity>;

  @Column('uuid')
  slotId: string;

  @ManyToOne(() => EventSlotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'slot_id' })
  slot: Relation<EventSlotEntity>;

  @Column('uuid')
  roomId: string;

  @ManyToOne(() => EventRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room: Relation<EventRoomEntity>;

  @Column('uuid')
  hostAttendeeId: string;

  @ManyToOne(() => EventAttendeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'host_attendee_id' })
  hostAttendee: Relation<EventAttendeeEntity>;

  @Column('uuid')
  guestAttendeeId: string;

  @ManyToOne(() => EventAttendeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'guest_attendee_id' })
  guestAttendee: Relation<EventAttendeeEntity>;

  /** The nonprofit's open role the guest fits best: what an offer from this meeting is for. Null for introductions. */
  @Column('uuid', { nullable: true })
  roleId: string | null;

  @ManyToOne(() => NeedRoleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'role_id' })
  role: Relation<NeedRoleEntity> | null;

  @Field(() => Float, { description: 'Pair score in [0, 1]: the best coverage of the nonprofit’s open roles by the guest’s skills' })
  @Column('double precision')
  score: number;

  @Field({ description: 'Why this pair meets, plain text' })
  @Column('text', { default: '' })
  reasons: string;

  @Field(() => EventMeetingStatus)
  @Column({ type: 'enum', enum: EventMeetingStatus, enumName: 'event_meeting_status', default: EventMeetingStatus.SCHEDULED })
  status: EventMeetingStatus;

  @Field(() => Int, { nullable: true })
  @Column('smallint', { nullable: true })
  hostRating: number | null;

  @Field(() => Int, { nullable: true })
  @Column('smallint', { nullable: true })
  guestRating: number | null;
}
