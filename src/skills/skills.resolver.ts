import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { RequestContext } from '../common/graphql/request-context';
import { Connection } from '../common/pagination/pagination';
import { CreateSkillInput, SkillsArgs, UpdateSkillInput } from './dtos/skill.inputs';
import { readerLocale } from './reader-locale';
import { SkillEntity, SkillNamesDto } from './skill.entity';
import { SkillsService } from './skills.service';

const SkillConnection = Connection(SkillEntity, 'SkillConnection');

@Resolver(() => SkillEntity)
export class SkillsResolver {
  constructor(private readonly service: SkillsService) {}

  @Query(() => SkillConnection, { description: 'The skills taxonomy in name order' })
  skills(@Args() args: SkillsArgs) {
    return this.service.list(args);
  }

  @Query(() => [String], { description: 'Every skill category in use, alphabetically' })
  skillCategories(): Promise<string[]> {
    return this.service.categories();
  }

  @Query(() => SkillEntity)
  skill(@Args('id', { type: () => ID }) id: string): Promise<SkillEntity> {
    return this.service.get(id);
  }

  @Mutation(() => SkillEntity, { description: 'Platform admins add a skill to the taxonomy' })
  createSkill(@CurrentActor() actor: Actor, @Args('input') input: CreateSkillInput): Promise<SkillEntity> {
    return this.service.create(actor, input);
  }

  @Mutation(() => SkillEntity, { description: 'Platform admins rename a skill, move it to another category or change its synonyms' })
  updateSkill(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateSkillInput): Promise<SkillEntity> {
    return this.service.update(actor, id, input);
  }

  @ResolveField(() => String, { description: "The name in the reader's language: their language setting, else Accept-Language; English when untranslated" })
  // No parameter decorators: graphql-js calls it directly, without Nest's per-call pipe chain, once per skill shown.
  name(skill: SkillEntity, _args: unknown, ctx: RequestContext): string {
    return skillNames(skill)[readerLocale(ctx)] ?? skill.name;
  }

  @ResolveField(() => SkillNamesDto, { description: 'The name in every language, for editors and language switches' })
  names(@Parent() skill: SkillEntity): SkillNamesDto {
    return skillNames(skill);
  }
}

// Skills loaded by other features may come without the translation columns; they read as untranslated.
const skillNames = (skill: SkillEntity): SkillNamesDto => ({ en: skill.name, de: skill.nameDe ?? null, ja: skill.nameJa ?? null });
