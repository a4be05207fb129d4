import { Context, Field, ID, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { UserEntity } from '../users/user.entity';
import { MatchEntity, MatchStatus } from './match.entity';
import { MatchEventEntity } from './match-event.entity';

// A nonprofit's admins first, then its members: the first few are who the other side writes to.
const MAX_CONTACTS = 10;
const AGREED: readonly string[] = [MatchStatus.CONFIRMED, MatchStatus.ACTIVE, MatchStatus.COMPLETED];

@ObjectType({ description: 'A person on a match, by name; the email only where the email rule allows it' })
export class MatchPerson {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;
}

@ObjectType({ description: 'Who acted on a match, by name only' })
export class MatchActor {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@Resolver(() => MatchEntity)
export class MatchContactsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => [MatchPerson], {
    description: `The nonprofit's contact people (admins first, at most ${MAX_CONTACTS}) once the match is confirmed, each with an email you may see; empty before`,
  })
  @ListSize(MAX_CONTACTS)
  async contacts(@Parent() match: MatchEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<MatchPerson[]> {
    if (!AGREED.includes(match.status)) return [];
    const people = await ctx.loaders
      .custom<string, UserEntity[]>('nonprofitContacts', async (needIds) => {
        const rows = (await this.dataSource.query(
          `SELECT n.id AS need_id, u.id, u.name, u.email FROM need n
             CROSS JOIN LATERAL (SELECT u.id, u.name, u.email FROM membership mb JOIN user_account u ON u.id = mb.user_id
                                  WHERE mb.organization_id = n.nonprofit_id ORDER BY mb.role = 'ADMIN' DESC, mb.created_at, u.id LIMIT $2) u
            WHERE n.id = ANY($1::uuid[])`,
          [needIds, MAX_CONTACTS],
        )) as (UserEntity & { need_id: string })[];
        return needIds.map((id) => rows.filter((r) => r.need_id === id));
      })
      .load(match.needId);
    const visible = await Promise.all(people.map((p) => this.access.isVisible(actor, ctx.loaders, 'email', p.id)));
    return people.filter((_, i) => visible[i]).map((p) => ({ id: p.id, name: p.name, email: p.email }));
  }
}

@Resolver(() => MatchEventEntity)
export class MatchEventActorResolver {
  @ResolveField(() => MatchActor, { nullable: true, description: 'Who acted, by name; empty when the system acted or the account is gone' })
  async actor(@Parent() event: MatchEventEntity, @Context() ctx: RequestContext): Promise<MatchActor | null> {
    if (!event.actorUserId) return null;
    const user = await ctx.loaders.one(UserEntity).load(event.actorUserId);
    return user ? { id: user.id, name: user.name } : null;
  }
}
