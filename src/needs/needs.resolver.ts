import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { Connection } from '../common/pagination/pagination';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ProgramEntity } from '../programs/program.entity';
import { CancelNeedArgs, CreateNeedInput, MAX_NEED_ROLES, NeedsArgs, UpdateNeedInput } from './dtos/need.inputs';
import { NeedEntity } from './need.entity';
import { NeedRoleEntity } from './need-role.entity';
import { NeedRoleSkillEntity } from './need-role-skill.entity';
import { NeedRolesService } from './need-roles.service';
import { NeedsService } from './needs.service';
import { NeedsPageReader, rolesWithSkills } from './needs-page-reader';

const NeedConnection = Connection(NeedEntity, 'NeedConnection');

@Resolver(() => NeedEntity)
export class NeedsResolver {
  constructor(
    private readonly service: NeedsService,
    private readonly roleService: NeedRolesService,
    private readonly pageReader: NeedsPageReader,
  ) {}

  @Query(() => NeedConnection, { description: 'Published needs, plus the drafts of your nonprofits and of those you curate; newest first' })
  needs(@CurrentActor() actor: Actor, @Args() args: NeedsArgs, @Context() ctx: RequestContext) {
    const { filter, ...page } = args;
    return this.pageReader.read(this.service.visible(actor, filter), page, ctx.loaders);
  }

  @Query(() => NeedEntity)
  need(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<NeedEntity> {
    return this.service.get(actor, id);
  }

  @Mutation(() => NeedEntity, { description: 'Creates a DRAFT need with its roles; publish it to start matching' })
  createNeed(@CurrentActor() actor: Actor, @Args('input') input: CreateNeedInput): Promise<NeedEntity> {
    return this.service.create(actor, input);
  }

  @Mutation(() => NeedEntity, { description: 'Changes a DRAFT or OPEN need' })
  updateNeed(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string, @Args('input') input: UpdateNeedInput): Promise<NeedEntity> {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => NeedEntity, { description: 'DRAFT → OPEN: the need becomes visible to everyone and matching starts' })
  publishNeed(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<NeedEntity> {
    return this.service.publish(actor, id);
  }

  @Mutation(() => NeedEntity, { description: 'Cancels a need that has not ended, and every open match of it' })
  cancelNeed(@CurrentActor() actor: Actor, @Args() { id, reason }: CancelNeedArgs): Promise<NeedEntity> {
    return this.service.cancel(actor, id, reason);
  }

  // Without parameter decorators Nest passes this method to graphql-js as it is (parent, args, context):
  // resolved for every row of a page, it then skips the per-call pipe chain.
  @ResolveField(() => OrganizationEntity)
  async nonprofit(need: NeedEntity, _args: unknown, ctx: RequestContext): Promise<OrganizationEntity> {
    const org = await ctx.loaders.one(OrganizationEntity).load(need.nonprofitId);
    if (!org) throw AppError.notFound('Organization');
    return org;
  }

  @ResolveField(() => ProgramEntity, { nullable: true, description: "Empty when the need is in no program, or you are not in the program's intermediary or cohort" })
  program(@Parent() need: NeedEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<ProgramEntity | null> {
    if (!need.programId) return Promise.resolve(null);
    return ctx.loaders.custom<string, ProgramEntity | null>('needProgramsInScope', (ids) => this.service.programsInScope(actor, ids)).load(need.programId);
  }

  @ResolveField(() => [NeedRoleEntity], { description: 'In the order they were added' })
  @ListSize(MAX_NEED_ROLES)
  async roles(need: NeedEntity, _args: unknown, ctx: RequestContext): Promise<NeedRoleEntity[]> {
    // `role.need` then answers from this request's cache instead of reloading the page's needs.
    ctx.loaders.one(NeedEntity).prime(need.id, need);
    const roles = await rolesWithSkills(ctx.loaders, this.roleService).load(need.id);
    // Loaded with the roles, so `role.skills` costs no further query.
    const skills = ctx.loaders.custom<string, NeedRoleSkillEntity[]>('needRoleSkills', (ids) => this.roleService.skillsByRole(ids));
    for (const role of roles) skills.prime(role.id, role.skills);
    return roles;
  }
}
