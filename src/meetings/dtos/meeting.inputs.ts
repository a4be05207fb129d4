import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

import { IsTimeZone } from '../../common/validation/validators';
import { MAX_MEETING_LOCATION_LENGTH, MAX_MEETING_MINUTES, MAX_MEETING_SLOTS, MeetingKind, MIN_MEETING_MINUTES } from '../meeting.entity';

// One line of plain text: no control characters (line breaks included) and no lone surrogates.
// eslint-disable-next-line no-control-regex
const ONE_LINE = /^(?:[^\u0000-\u001F\u007F\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : trim({ value }));

@InputType()
export class MeetingSlotInput {
  @Field({ description: 'When the meeting would start; must lie in the future' })
  @Type(() => Date)
  @IsDate({ message: 'startsAt must be a date and time' })
  startsAt: Date;

  @Field(() => Int, { description: `${MIN_MEETING_MINUTES} to ${MAX_MEETING_MINUTES} minutes` })
  @IsInt({ message: 'durationMinutes must be a whole number of minutes' })
  @Min(MIN_MEETING_MINUTES, { message: `durationMinutes must be at least ${MIN_MEETING_MINUTES}` })
  @Max(MAX_MEETING_MINUTES, { message: `durationMinutes must be at most ${MAX_MEETING_MINUTES}` })
  durationMinutes: number;
}

@InputType()
export class ProposeMeetingTimesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be a valid id' })
  matchId: string;

  @Field(() => MeetingKind)
  @IsEnum(MeetingKind, { message: 'kind must be SCOPING_CALL or KICK_OFF' })
  kind: MeetingKind;

  @Field(() => [MeetingSlotInput], { description: `1 to ${MAX_MEETING_SLOTS} times for the other side to pick from` })
  @IsArray()
  @ArrayMinSize(1, { message: 'slots must hold at least one time' })
  @ArrayMaxSize(MAX_MEETING_SLOTS, { message: `slots must hold at most ${MAX_MEETING_SLOTS} times` })
  @ValidateNested({ each: true })
  @Type(() => MeetingSlotInput)
  slots: MeetingSlotInput[];

  @Field({ description: 'Your IANA time zone, e.g. Europe/Berlin, shown to the other side beside the times' })
  @MaxLength(64)
  @IsTimeZone()
  timeZone: string;

  @Field(() => String, { nullable: true, description: `A video link or a place, plain text, at most ${MAX_MEETING_LOCATION_LENGTH} characters` })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_MEETING_LOCATION_LENGTH, { message: `location must be at most ${MAX_MEETING_LOCATION_LENGTH} characters` })
  @Matches(ONE_LINE, { message: 'location must be one line of plain text' })
  location?: string | null;

  @Field(() => ID, { nullable: true, description: 'Your open proposal this one replaces; it is withdrawn in the same step' })
  @IsOptional()
  @IsUUID('all', { message: 'replacesId must be a valid id' })
  replacesId?: string | null;
}

@ArgsType()
export class PickMeetingTimeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a valid id' })
  meetingId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'slotId must be a valid id' })
  slotId: string;
}

@ArgsType()
export class WithdrawMeetingProposalArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a valid id' })
  meetingId: string;
}
