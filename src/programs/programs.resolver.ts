import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { Connection } from '../common/pagination/pagination';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { OrganizationEntity } from '../organizations/organization.entity';
import { AddProgramParticipantArgs, CreateProgramInput, ProgramsArgs, UpdateProgramInput } from './dtos/program.inputs';
import { ProgramEntity } from './program.entity';
import { ProgramParticipantEntity } from './program-participant.entity';
import { ProgramsService } from './programs.service';

const MAX_PROGRAM_PARTICIPANTS_LISTED = 200;

const ProgramConnection = Connection(ProgramEntity, 'ProgramConnection');

@Resolver(() => ProgramEntity)
export class ProgramsResolver {
  constructor(private readonly service: ProgramsService) {}

  @Query(() => ProgramConnection, { description: 'Programs you run or take part in' })
  programs(@CurrentActor() actor: Actor, @Args() args: ProgramsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => ProgramEntity)
  program(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<ProgramEntity> {
    return this.service.get(actor, id);
  }

  @Mutation(() => ProgramEntity, { description: 'Curators start a program for their intermediary' })
  createProgram(@CurrentActor() actor: Actor, @Args('input') input: CreateProgramInput): Promise<ProgramEntity> {
    return this.service.create(actor, input);
  }

  @Mutation(() => ProgramEntity)
  updateProgram(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string, @Args('input') input: UpdateProgramInput): Promise<ProgramEntity> {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => ProgramParticipantEntity, { description: 'Curators add a cohort nonprofit, partner company or funder' })
  addProgramParticipant(@CurrentActor() actor: Actor, @Args() args: AddProgramParticipantArgs): Promise<ProgramParticipantEntity> {
    return this.service.addParticipant(actor, args);
  }

  @Mutation(() => Boolean)
  removeProgramParticipant(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<boolean> {
    return this.service.removeParticipant(actor, id);
  }

  @ResolveField(() => OrganizationEntity)
  intermediary(@Parent() program: ProgramEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity | null> {
    return ctx.loaders.one(OrganizationEntity).load(program.intermediaryId);
  }

  @ResolveField(() => [ProgramParticipantEntity], { description: `The cohort, earliest first, at most ${MAX_PROGRAM_PARTICIPANTS_LISTED}` })
  @ListSize(MAX_PROGRAM_PARTICIPANTS_LISTED)
  async participants(@Parent() program: ProgramEntity, @Context() ctx: RequestContext): Promise<ProgramParticipantEntity[]> {
    return ctx.loaders.many(ProgramParticipantEntity, 'programId', { createdAt: 'ASC', id: 'ASC' }, { limit: MAX_PROGRAM_PARTICIPANTS_LISTED }).load(program.id);
  }
}

@Resolver(() => ProgramParticipantEntity)
export class ProgramParticipantsResolver {
  @ResolveField(() => OrganizationEntity)
  organization(@Parent() participant: ProgramParticipantEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity | null> {
    return ctx.loaders.one(OrganizationEntity).load(participant.organizationId);
  }
}
