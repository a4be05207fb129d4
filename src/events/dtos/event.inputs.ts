import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { PageArgs } from '../../common/pagination/pagination';
import { IsDateOnly, IsNotBefore, IsTimeZone } from '../../common/validation/validators';
import { EventKind, MAX_EVENT_NAME_LENGTH, MAX_MIN_MEETINGS } from '../event.entity';
import { EventSide } from '../event-attendee.entity';
import { MAX_ROOM_NAME_LENGTH, MAX_VIDEO_LINK_LENGTH } from '../event-slot.entity';

export const MAX_EVENT_SLOTS = 24;
export const MAX_EVENT_ROOMS = 200;

// One line of plain text: no control characters (line breaks included) and no lone surrogates.
// eslint-disable-next-line no-control-regex
const ONE_LINE = /^(?:[^\u0000-\u001F\u007F\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class EventSlotInput {
  @Field()
  @Type(() => Date)
  @IsDate({ message: 'startsAt must be a date and time' })
  startsAt: Date;

  @Field()
  @Type(() => Date)
  @IsDate({ message: 'endsAt must be a date and time' })
  endsAt: Date;
}

@InputType()
export class EventRoomInput {
  @Field()
  @Transform(trim)
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(MAX_ROOM_NAME_LENGTH, { message: `name must be at most ${MAX_ROOM_NAME_LENGTH} characters` })
  @Matches(ONE_LINE, { message: 'name must be one line of text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'An https link for a virtual room' })
  @IsOptional()
  @MaxLength(MAX_VIDEO_LINK_LENGTH, { message: `videoLink must be at most ${MAX_VIDEO_LINK_LENGTH} characters` })
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'videoLink must be an https link' })
  videoLink?: string | null;
}

@InputType()
export class CreateEventInput {
  @Field(() => ID, { description: 'The intermediary running the event; you must be its curator' })
  @IsUUID('all', { message: 'organizerId must be a valid id' })
  organizerId: string;

  @Field()
  @Transform(trim)
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(MAX_EVENT_NAME_LENGTH, { message: `name must be at most ${MAX_EVENT_NAME_LENGTH} characters` })
  @Matches(ONE_LINE, { message: 'name must be one line of text' })
  name: string;

  @Field(() => EventKind)
  @IsEnum(EventKind, { message: 'kind must be IN_PERSON or VIRTUAL' })
  kind: EventKind;

  @Field()
  @MaxLength(64)
  @IsTimeZone()
  timeZone: string;

  @Field()
  @IsDateOnly()
  startsOn: string;

  @Field()
  @IsDateOnly()
  @IsNotBefore('startsOn')
  endsOn: string;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt({ message: 'minMeetingsPerNonprofit must be a whole number' })
  @Min(0, { message: 'minMeetingsPerNonprofit must be at least 0' })
  @Max(MAX_MIN_MEETINGS, { message: `minMeetingsPerNonprofit must be at most ${MAX_MIN_MEETINGS}` })
  minMeetingsPerNonprofit: number;

  @Field(() => [EventSlotInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'slots must hold at least one slot' })
  @ArrayMaxSize(MAX_EVENT_SLOTS, { message: `slots must hold at most ${MAX_EVENT_SLOTS} slots` })
  @ValidateNested({ each: true })
  @Type(() => EventSlotInput)
  slots: EventSlotInput[];

  @Field(() => [EventRoomInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'rooms must hold at least one room' })
  @ArrayMaxSize(MAX_EVENT_ROOMS, { message: `rooms must hold at most ${MAX_EVENT_ROOMS} rooms` })
  @ValidateNested({ each: true })
  @Type(() => EventRoomInput)
  rooms: EventRoomInput[];
}

@InputType()
export class AddEventAttendeeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'eventId must be a valid id' })
  eventId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a valid id' })
  userId: string;

  @Field(() => EventSide)
  @IsEnum(EventSide, { message: 'side must be COMPANY_EMPLOYEE, NONPROFIT, MENTOR or INTERMEDIARY' })
  side: EventSide;

  @Field(() => ID, { nullable: true, description: 'For NONPROFIT and INTERMEDIARY: the organization the person speaks for (they must be its member)' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a valid id' })
  organizationId?: string | null;

  @Field(() => [ID], { description: 'The slots the person can attend' })
  @IsArray()
  @ArrayMaxSize(MAX_EVENT_SLOTS, { message: `availableSlotIds must hold at most ${MAX_EVENT_SLOTS} ids` })
  @IsUUID('all', { each: true, message: 'availableSlotIds must hold valid ids' })
  availableSlotIds: string[];
}

@ArgsType()
export class EventIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'eventId must be a valid id' })
  eventId: string;
}

@ArgsType()
export class EventMeetingIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a valid id' })
  meetingId: string;
}

@ArgsType()
export class RateEventMeetingArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a valid id' })
  meetingId: string;

  @Field(() => Int, { description: '1 (not useful) to 5 (very useful)' })
  @IsInt({ message: 'rating must be a whole number' })
  @Min(1, { message: 'rating must be at least 1' })
  @Max(5, { message: 'rating must be at most 5' })
  rating: number;
}

export const MAX_IMPORT_EMAILS = 500;
const MAX_EMAIL_LENGTH = 320;

export enum EventsWhen {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
}
registerEnumType(EventsWhen, { name: 'EventsWhen', description: 'UPCOMING: not yet ended, soonest first; PAST: ended, latest first (by the event’s own time zone)' });

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventsWhen, { defaultValue: EventsWhen.UPCOMING })
  @IsEnum(EventsWhen, { message: 'when must be UPCOMING or PAST' })
  when: EventsWhen = EventsWhen.UPCOMING;
}

@ArgsType()
export class EventAttendeesArgs extends PageArgs {}

@InputType({ description: 'Only the fields given change' })
export class UpdateEventInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'eventId must be a valid id' })
  eventId: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(MAX_EVENT_NAME_LENGTH, { message: `name must be at most ${MAX_EVENT_NAME_LENGTH} characters` })
  @Matches(ONE_LINE, { message: 'name must be one line of text' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(64)
  @IsTimeZone()
  timeZone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  startsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  endsOn?: string;

  @Field(() => Int, { nullable: true, description: 'Refused while a schedule is queued, running or done: the schedule was computed for the old minimum' })
  @IsOptional()
  @IsInt({ message: 'minMeetingsPerNonprofit must be a whole number' })
  @Min(0, { message: 'minMeetingsPerNonprofit must be at least 0' })
  @Max(MAX_MIN_MEETINGS, { message: `minMeetingsPerNonprofit must be at most ${MAX_MIN_MEETINGS}` })
  minMeetingsPerNonprofit?: number;
}

@InputType()
export class SetEventAttendeeSlotsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'attendeeId must be a valid id' })
  attendeeId: string;

  @Field(() => [ID], { description: 'The slots the person can attend, replacing the previous ones' })
  @IsArray()
  @ArrayMaxSize(MAX_EVENT_SLOTS, { message: `availableSlotIds must hold at most ${MAX_EVENT_SLOTS} ids` })
  @IsUUID('all', { each: true, message: 'availableSlotIds must hold valid ids' })
  availableSlotIds: string[];
}

@ArgsType()
export class EventAttendeeIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'attendeeId must be a valid id' })
  attendeeId: string;
}

@InputType()
export class ImportEventAttendeesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'eventId must be a valid id' })
  eventId: string;

  @Field(() => EventSide)
  @IsEnum(EventSide, { message: 'side must be COMPANY_EMPLOYEE, NONPROFIT, MENTOR or INTERMEDIARY' })
  side: EventSide;

  @Field(() => ID, {
    nullable: true,
    description: 'For NONPROFIT and INTERMEDIARY: the organization everyone speaks for; left out, each person’s only organization of that kind',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a valid id' })
  organizationId?: string | null;

  @Field(() => [String], { description: `Up to ${MAX_IMPORT_EMAILS} e-mail addresses of people with a Rally account` })
  @IsArray()
  @ArrayMinSize(1, { message: 'emails must hold at least one address' })
  @ArrayMaxSize(MAX_IMPORT_EMAILS, { message: `emails must hold at most ${MAX_IMPORT_EMAILS} addresses` })
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value))
  @MaxLength(MAX_EMAIL_LENGTH, { each: true, message: `emails must be at most ${MAX_EMAIL_LENGTH} characters each` })
  @IsEmail({}, { each: true, message: 'emails must hold valid e-mail addresses' })
  emails: string[];

  @Field(() => [ID], { nullable: true, description: 'The slots everyone imported can attend; left out, every slot of the event' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EVENT_SLOTS, { message: `availableSlotIds must hold at most ${MAX_EVENT_SLOTS} ids` })
  @IsUUID('all', { each: true, message: 'availableSlotIds must hold valid ids' })
  availableSlotIds?: string[] | null;
}
