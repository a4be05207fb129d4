import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';

import { EventEntity } from './event.entity';

export const MAX_ROOM_NAME_LENGTH = 120;
export const MAX_VIDEO_LINK_LENGTH = 500;

/** One meeting round of an event. */
@ObjectType('EventSlot')
@Entity('event_slot')
@Unique('UQ_event_slot_start', ['eventId', 'startsAt'])
@Check('CHK_event_slot_order', `starts_at < ends_at`)
export class EventSlotEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<EventEntity>;

  @Field()
  @Column('timestamptz')
  startsAt: Date;

  @Field()
  @Column('timestamptz')
  endsAt: Date;
}

/** A table at a rally, or a video room of a virtual event: one meeting per slot. */
@ObjectType('EventRoom')
@Entity('event_room')
@Unique('UQ_event_room_name', ['eventId', 'name'])
@Check('CHK_event_room_name', `char_length(name) BETWEEN 1 AND ${MAX_ROOM_NAME_LENGTH}`)
@Check('CHK_event_room_link', `video_link IS NULL OR char_length(video_link) <= ${MAX_VIDEO_LINK_LENGTH}`)
export class EventRoomEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<EventEntity>;

  @Field()
  @Column('text')
  name: string;

  @Field(() => String, { nullable: true, description: 'https link of a virtual room; plain text, never rendered as HTML' })
  @Column('text', { nullable: true })
  videoLink: string | null;
}
