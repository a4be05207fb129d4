import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { EventSide } from '../event-attendee.entity';

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
}
