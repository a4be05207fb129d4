import { Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { InboxDto } from './dtos/inbox.dto';
import { InboxService } from './inbox.service';

@Resolver(() => InboxDto)
export class InboxResolver {
  constructor(private readonly service: InboxService) {}

  @Query(() => InboxDto, { description: 'Your home page in one request: what waits for you, with counts and the next deadlines' })
  inbox(@CurrentActor() actor: Actor): Promise<InboxDto> {
    return this.service.inbox(actor);
  }
}
