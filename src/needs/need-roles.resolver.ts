import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { MAX_ROLE_SKILLS, RoleInput, UpdateNeedRoleInput } from './dtos/role.inputs';
import { RoleSkillDto } from './dtos/role-skill.dto';
import { NeedEntity } from './need.entity';
import { NeedRoleEntity } from './need-role.entity';
import { NeedRoleSkillEntity } from './need-role-skill.entity';
import { NeedRolesService } from './need-roles.service';

@Resolver(() => NeedRoleEntity)
export class NeedRolesResolver {
  constructor(private readonly service: NeedRolesService) {}

  @Mutation(() => NeedRoleEntity, { description: 'Adds a role to a DRAFT or OPEN need (at most 20 roles)' })
  addNeedRole(@CurrentActor() actor: Actor, @Args('needId', { type: () => ID }, ParseUuidPipe) needId: string, @Args('input') input: RoleInput): Promise<NeedRoleEntity> {
    return this.service.add(actor, needId, input);
  }

  @Mutation(() => NeedRoleEntity, { description: 'Changes a role of a DRAFT or OPEN need; skills, when given, replace the old ones' })
  updateNeedRole(
    @CurrentActor() actor: Actor,
    @Args('roleId', { type: () => ID }, ParseUuidPipe) roleId: string,
    @Args('input') input: UpdateNeedRoleInput,
  ): Promise<NeedRoleEntity> {
    return this.service.update(actor, roleId, input);
  }

  @Mutation(() => NeedEntity, { description: 'Removes a role that nobody is proposed, offered or engaged for; returns its need' })
  removeNeedRole(@CurrentActor() actor: Actor, @Args('roleId', { type: () => ID }, ParseUuidPipe) roleId: string): Promise<NeedEntity> {
    return this.service.remove(actor, roleId);
  }

  // No parameter decorators, as Need.roles: graphql-js calls it directly, without Nest's per-call pipe chain.
  @ResolveField(() => [RoleSkillDto], { description: 'Most important first' })
  @ListSize(MAX_ROLE_SKILLS)
  skills(role: NeedRoleEntity, _args: unknown, ctx: RequestContext): Promise<NeedRoleSkillEntity[]> {
    return ctx.loaders.custom<string, NeedRoleSkillEntity[]>('needRoleSkills', (ids) => this.service.skillsByRole(ids)).load(role.id);
  }

  @ResolveField(() => NeedEntity)
  async need(@Parent() role: NeedRoleEntity, @Context() ctx: RequestContext): Promise<NeedEntity> {
    const need = await ctx.loaders.one(NeedEntity).load(role.needId);
    if (!need) throw AppError.notFound('Need');
    return need;
  }

  @ResolveField(() => Int, { description: 'Seats not yet filled' })
  seatsOpen(@Parent() role: NeedRoleEntity): number {
    return role.seats - role.seatsFilled;
  }
}
