import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('InboxItem', { description: 'Things of one kind waiting for you: how many, since when, and the nearest deadline' })
export class InboxItemDto {
  @Field(() => Int)
  count: number;

  @Field(() => Date, { nullable: true, description: 'When the oldest of them started waiting' })
  since: Date | null;

  @Field(() => Date, { nullable: true, description: 'The nearest deadline among them, when they have one' })
  deadline: Date | null;
}

@ObjectType('Inbox', { description: 'What waits for you across Rally, counted where you may see it' })
export class InboxDto {
  @Field(() => InboxItemDto, { description: 'Proposals on needs you curate, still with you (curators)' })
  proposalsToReview: InboxItemDto;

  @Field(() => InboxItemDto, { description: 'Offers made to you, your profiles or your funder, not yet answered by you' })
  offersToAnswer: InboxItemDto;

  @Field(() => InboxItemDto, { description: 'Offers on your nonprofit’s needs, not yet answered by the nonprofit' })
  needOffersToAnswer: InboxItemDto;

  @Field(() => InboxItemDto, { description: 'Hours logged on your nonprofit’s engagements, waiting for confirmation' })
  hoursToConfirm: InboxItemDto;

  @Field(() => InboxItemDto, { description: 'Hands raised for roles of needs you curate or your nonprofit posted, not yet answered' })
  interestsToReview: InboxItemDto;

  @Field(() => InboxItemDto, { description: 'Follow-up questions about your nonprofit’s completed engagements, not yet answered' })
  followUpsToAnswer: InboxItemDto;

  @Field(() => InboxItemDto, { description: 'Your employees’ agreed matches waiting for your company’s sign-off (company admins)' })
  signOffsToReview: InboxItemDto;

  @Field(() => Int, { description: 'The same count as unreadMessageCount' })
  unreadMessages: number;
}
