import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { MatchStatus } from '../../matches/match.entity';

/** One match's thread as the inbox lists it, seen from the reader's side. */
@ObjectType('MessageThread')
export class MessageThreadDto {
  @Field(() => ID)
  matchId: string;

  @Field(() => MatchStatus)
  status: MatchStatus;

  @Field({ description: 'Writable while the match is offered, confirmed or active; read-only once it ended' })
  writable: boolean;

  @Field()
  needTitle: string;

  @Field()
  roleTitle: string;

  @Field({ description: 'The other side: the nonprofit for the candidate, the candidate for everyone else' })
  counterpartName: string;

  @Field(() => String, { nullable: true, description: 'The start of the newest message, as plain text; null in a thread without messages' })
  lastMessageExcerpt: string | null;

  @Field(() => Date, { nullable: true })
  lastMessageAt: Date | null;

  @Field(() => Int, { description: 'Messages by others the reader has not read' })
  unreadCount: number;
}
