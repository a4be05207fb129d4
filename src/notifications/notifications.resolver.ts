import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { RedisPubSub } from 'graphql-redis-subscriptions';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { RequestContext } from '../common/graphql/request-context';
import { Connection } from '../common/pagination/pagination';
import { PUB_SUB } from '../common/pubsub/pubsub.module';
import { readerLocale } from '../skills/reader-locale';
import { UserEntity } from '../users/user.entity';
import { MarkNotificationsReadArgs, NotificationsArgs } from './dtos/notification.inputs';
import { NotificationEntity } from './notification.entity';
import { renderStored } from './notification-texts';
import { NotificationsService, notificationTopic } from './notifications.service';

const NotificationConnection = Connection(NotificationEntity, 'NotificationConnection');

interface NotificationAddedPayload {
  notificationAdded: NotificationEntity;
}

// Payloads cross Redis as JSON: dates arrive as strings.
function revive(row: NotificationEntity): NotificationEntity {
  return { ...row, createdAt: new Date(row.createdAt), readAt: row.readAt ? new Date(row.readAt) : null };
}

@Resolver(() => NotificationEntity)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    @Inject(PUB_SUB) private readonly pubSub: RedisPubSub,
  ) {}

  @Query(() => NotificationConnection, { description: 'The signed-in user’s notifications, newest first' })
  notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.service.unreadCount(actor);
  }

  @Mutation(() => Int, { description: 'Marks some of your notifications read; returns how many changed' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args() { ids }: MarkNotificationsReadArgs): Promise<number> {
    return this.service.markRead(actor, ids);
  }

  @Mutation(() => Int, { description: 'Marks all your notifications read; returns how many changed' })
  markAllNotificationsRead(@CurrentActor() actor: Actor): Promise<number> {
    return this.service.markRead(actor);
  }

  @Subscription(() => NotificationEntity, {
    description: 'Your new notifications as they arrive',
    filter: async (payload: NotificationAddedPayload, _: unknown, ctx: RequestContext) => payload.notificationAdded.userId === ctx.actor?.userId && (await ctx.isSessionLive()),
    resolve: (payload: NotificationAddedPayload, _: unknown, ctx: RequestContext) => {
      // A subscription lives long: its texts follow a language switched since it started.
      if (ctx.actor) ctx.loaders.one(UserEntity).clear(ctx.actor.userId);
      return revive(payload.notificationAdded);
    },
  })
  notificationAdded(@Context() ctx: RequestContext) {
    if (!ctx.actor) throw AppError.unauthenticated();
    return this.pubSub.asyncIterator<NotificationAddedPayload>(notificationTopic(ctx.actor.userId));
  }

  @ResolveField(() => String, { description: "Rendered in the reader's language when read: their language setting, else Accept-Language" })
  title(@Parent() row: NotificationEntity, @Context() ctx: RequestContext): string {
    return renderStored(row, readerLocale(ctx)).title;
  }

  @ResolveField(() => String, { description: "Rendered in the reader's language when read, like the title" })
  body(@Parent() row: NotificationEntity, @Context() ctx: RequestContext): string {
    return renderStored(row, readerLocale(ctx)).body;
  }
}
