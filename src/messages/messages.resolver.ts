import { Inject } from '@nestjs/common';
import { Args, Context, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { RedisPubSub } from 'graphql-redis-subscriptions';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { RequestContext } from '../common/graphql/request-context';
import { Connection, PageArgs } from '../common/pagination/pagination';
import { PUB_SUB } from '../common/pubsub/pubsub.module';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { UserEntity } from '../users/user.entity';
import { MatchMessagesArgs, PostMessageArgs } from './dtos/message.inputs';
import { MessageThreadDto } from './dtos/message-thread.dto';
import { MessageEntity } from './message.entity';
import { MessageAddedPayload, MessagesService, messageTopic } from './messages.service';

const MessageConnection = Connection(MessageEntity, 'MessageConnection');
const MessageThreadConnection = Connection(MessageThreadDto, 'MessageThreadConnection');

@ObjectType({ description: 'Who wrote a message: their name; their email only where the email rule allows it' })
export class MessageAuthor {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Only for the person, admins of their organizations and the other side of an agreed match' })
  email: string | null;
}

// Payloads cross Redis as JSON: dates arrive as strings.
const revive = (row: MessageEntity): MessageEntity => ({ ...row, createdAt: new Date(row.createdAt) });

@Resolver(() => MessageEntity)
export class MessagesResolver {
  constructor(
    private readonly messages: MessagesService,
    private readonly access: AccessService,
    @Inject(PUB_SUB) private readonly pubSub: RedisPubSub,
  ) {}

  @Query(() => MessageConnection, {
    description: 'The thread of a match, for its two sides and its curators: the newest `first` messages, newest last; `after` (the endCursor) pages to older ones',
  })
  matchMessages(@CurrentActor() actor: Actor, @Args() args: MatchMessagesArgs) {
    return this.messages.list(actor, args);
  }

  @Query(() => MessageThreadConnection, {
    description: 'Your message threads, the newest message first: threads with messages you follow and your agreed matches; ended matches stay, read-only',
  })
  messageThreads(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.messages.threads(actor, page);
  }

  @Query(() => Int, { description: "Messages by others you have not read, in your side's match threads and the threads you opened as curator" })
  unreadMessageCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.messages.unreadCount(actor);
  }

  @Mutation(() => MessageEntity, { description: 'Writes to the thread of a live match (offered, confirmed, active); an ended match answers CONFLICT' })
  postMessage(@CurrentActor() actor: Actor, @Args() args: PostMessageArgs): Promise<MessageEntity> {
    return this.messages.post(actor, args);
  }

  @Mutation(() => Int, { description: "Marks a match's thread read up to its newest message; returns how many unread messages that was" })
  markMessagesRead(@CurrentActor() actor: Actor, @Args('matchId', { type: () => ID }, ParseUuidPipe) matchId: string): Promise<number> {
    return this.messages.markRead(actor, matchId);
  }

  @Subscription(() => MessageEntity, {
    description: "New messages in a match's thread as they are posted",
    filter: (_payload: MessageAddedPayload, _args: unknown, ctx: RequestContext) => ctx.isSessionLive(),
    resolve: (payload: MessageAddedPayload) => revive(payload.messageAdded),
  })
  async messageAdded(@CurrentActor() actor: Actor, @Args('matchId', { type: () => ID }, ParseUuidPipe) matchId: string) {
    await this.messages.assertCanRead(actor, matchId);
    return this.pubSub.asyncIterator<MessageAddedPayload>(messageTopic(matchId));
  }

  @ResolveField(() => MessageAuthor, { nullable: true, description: 'Null once the author’s account is gone' })
  async author(@Parent() message: MessageEntity, @Context() ctx: RequestContext): Promise<MessageAuthor | null> {
    if (!ctx.actor) throw AppError.unauthenticated();
    if (!message.authorId) return null;
    const user = await ctx.loaders.one(UserEntity).load(message.authorId);
    if (!user) return null;
    const emailVisible = await this.access.isVisible(ctx.actor, ctx.loaders, 'email', user.id);
    return { id: user.id, name: user.name, email: emailVisible ? user.email : null };
  }
}
