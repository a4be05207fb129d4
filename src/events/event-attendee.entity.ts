import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';

import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';
import { EventEntity } from './event.entity';
import { EventSlotEntity } from './event-slot.entity';

export enum EventSide {
  COMPANY_EMPLOYEE = 'COMPANY_EMPLOYEE',
  NONPROFIT = 'NONPROFIT',
  MENTOR = 'MENTOR',
  INTERMEDIARY = 'INTERMEDIARY',
}
registerEnumType(EventSide, { name: 'EventSide' });

/**
 * A person at an event, for one side. Nonprofit attendees speak for their organization (whose open
 * roles make the pair scores); everyone else meets nonprofits.
 */
@ObjectType('EventAttendee')
@Entity('event_attendee')
@Unique('UQ_event_attendee_user', ['eventId', 'userId'])
@Index('IDX_event_attendee_user', ['userId'])
@Check('CHK_event_attendee_organization', `side NOT IN ('NONPROFIT', 'INTERMEDIARY') OR organization_id IS NOT NULL`)
export class EventAttendeeEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<EventEntity>;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Field(() => EventSide)
  @Column({ type: 'enum', enum: EventSide, enumName: 'event_side' })
  side: EventSide;

  @Field(() => ID, { nullable: true, description: 'The nonprofit or intermediary the attendee speaks for' })
  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization: Relation<OrganizationEntity> | null;
}

/** Stated availability: the slots an attendee can attend. */
@Entity('event_attendee_slot')
export class EventAttendeeSlotEntity {
  @PrimaryColumn('uuid')
  attendeeId: string;

  @PrimaryColumn('uuid')
  slotId: string;

  @ManyToOne(() => EventAttendeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attendee_id' })
  attendee: Relation<EventAttendeeEntity>;

  @ManyToOne(() => EventSlotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'slot_id' })
  slot: Relation<EventSlotEntity>;
}
