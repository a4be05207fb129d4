import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';

import { OrganizationEntity } from '../organizations/organization.entity';
import type { ScheduleQuality, ScheduleReport } from './scheduler/schedule.types';

export const MAX_EVENT_NAME_LENGTH = 200;
export const MAX_MIN_MEETINGS = 10;

export enum EventKind {
  IN_PERSON = 'IN_PERSON',
  VIRTUAL = 'VIRTUAL',
}
registerEnumType(EventKind, { name: 'EventKind' });

export enum EventScheduleStatus {
  NOT_SCHEDULED = 'NOT_SCHEDULED',
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(EventScheduleStatus, { name: 'EventScheduleStatus' });

/**
 * A rally day or a virtual program run by an intermediary, whose curators manage it. `scheduleVersion`
 * counts schedule requests: the job id carries it, so one request is computed once, and a newer
 * request supersedes an older one still queued.
 */
@ObjectType('Event')
@Entity('event')
@Index('IDX_event_organizer', ['organizerId', 'startsOn'])
@Check('CHK_event_name', `char_length(name) BETWEEN 1 AND ${MAX_EVENT_NAME_LENGTH}`)
@Check('CHK_event_time_zone', `char_length(time_zone) BETWEEN 1 AND 64`)
@Check('CHK_event_dates', `starts_on <= ends_on`)
@Check('CHK_event_min_meetings', `min_meetings_per_nonprofit BETWEEN 0 AND ${MAX_MIN_MEETINGS}`)
export class EventEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The intermediary that runs the event' })
  @Column('uuid')
  organizerId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizer_id' })
  organizer: Relation<OrganizationEntity>;

  @Field()
  @Column('text')
  name: string;

  @Field(() => EventKind)
  @Column({ type: 'enum', enum: EventKind, enumName: 'event_kind' })
  kind: EventKind;

  @Field({ description: 'IANA time zone the agenda is shown in, e.g. Asia/Tokyo' })
  @Column('text')
  timeZone: string;

  @Field()
  @Column('date')
  startsOn: string;

  @Field()
  @Column('date')
  endsOn: string;

  @Field(() => Int, { description: 'Each nonprofit gets at least this many meetings when the schedule allows it' })
  @Column('smallint', { default: 1 })
  minMeetingsPerNonprofit: number;

  @Field(() => EventScheduleStatus)
  @Column({ type: 'enum', enum: EventScheduleStatus, enumName: 'event_schedule_status', default: EventScheduleStatus.NOT_SCHEDULED })
  scheduleStatus: EventScheduleStatus;

  @Field(() => Int)
  @Column('int', { default: 0 })
  scheduleVersion: number;

  @Column('jsonb', { nullable: true })
  // Schedules computed before the greedy baseline was kept have no greedyScore.
  scheduleQuality: ScheduleReport | ScheduleQuality | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  scheduledAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
