import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDate, IsEnum, IsInt, IsOptional, IsUrl, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

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
