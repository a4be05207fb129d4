import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { ListSize } from '../../common/graphql/query-limits';
import { EventSide } from '../event-attendee.entity';
import { MAX_EVENT_SLOTS, MAX_IMPORT_EMAILS } from './event.inputs';

@ObjectType()
export class MeetingsPerPerson {
  @Field(() => Int)
  min: number;

  @Field(() => Float)
  mean: number;

  @Field(() => Int)
  max: number;
}

@ObjectType({ description: 'How good the computed schedule is' })
export class ScheduleQualityView {
  @Field(() => Float, { description: 'Sum of the pair scores of all meetings' })
  totalScore: number;

  @Field(() => MeetingsPerPerson, { description: 'Over every attendee, including those without a meeting' })
  meetingsPerPerson: MeetingsPerPerson;

  @Field(() => Int, { description: 'Nonprofits left under the minimum number of meetings' })
  unmetMinimums: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The total score a simple greedy schedule reaches on the same input (best pairs first); null for schedules computed before it was kept',
  })
  greedyScore?: number | null;
}

@ObjectType({ description: 'One meeting on an attendee’s agenda' })
export class AgendaItem {
  @Field(() => ID)
  meetingId: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field()
  roomName: string;

  @Field(() => String, { nullable: true, description: 'Plain text; never rendered as HTML' })
  videoLink: string | null;

  @Field({ description: 'The person met' })
  counterpartName: string;

  @Field(() => String, { nullable: true, description: 'The organization the person met speaks for' })
  counterpartOrganization: string | null;

  @Field(() => EventSide)
  counterpartSide: EventSide;

  @Field(() => Float)
  score: number;

  @Field()
  reasons: string;

  @Field(() => Int, { nullable: true, description: 'Your rating of this meeting' })
  myRating: number | null;

  @Field({ description: 'Whether you may turn this meeting into an offer now (you hosted it for your nonprofit’s open role)' })
  canOffer: boolean;
}

@ObjectType({ description: 'One cell of the schedule grid: a meeting in a room during a slot' })
export class ScheduleGridItem {
  @Field(() => ID)
  meetingId: string;

  @Field(() => ID)
  slotId: string;

  @Field(() => ID)
  roomId: string;

  @Field()
  hostName: string;

  @Field()
  hostOrganization: string;

  @Field()
  guestName: string;

  @Field(() => EventSide)
  guestSide: EventSide;

  @Field(() => Float)
  score: number;

  @Field(() => Int, { nullable: true })
  hostRating: number | null;

  @Field(() => Int, { nullable: true })
  guestRating: number | null;

  @Field({ description: 'Whether you may turn this meeting into an offer now' })
  canOffer: boolean;
}

@ObjectType({ description: 'A person at an event, as the curators see them' })
export class EventAttendeeView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field(() => EventSide)
  side: EventSide;

  @Field(() => ID, { nullable: true })
  organizationId: string | null;

  @Field(() => String, { nullable: true, description: 'The nonprofit or intermediary the person speaks for' })
  organizationName: string | null;

  @Field(() => [ID], { description: 'The slots the person can attend' })
  @ListSize(MAX_EVENT_SLOTS)
  availableSlotIds: string[];
}

@ObjectType({ description: 'What an import of e-mail addresses did, address by address (normalized to lower case)' })
export class ImportEventAttendeesResult {
  @Field(() => [String])
  @ListSize(MAX_IMPORT_EMAILS)
  added: string[];

  @Field(() => [String], { description: 'No Rally account has this address' })
  @ListSize(MAX_IMPORT_EMAILS)
  notFound: string[];

  @Field(() => [String])
  @ListSize(MAX_IMPORT_EMAILS)
  alreadyAttending: string[];

  @Field(() => [String], { description: 'The person does not fit the side: no profile for it, or not a member of one such organization' })
  @ListSize(MAX_IMPORT_EMAILS)
  notEligible: string[];
}
