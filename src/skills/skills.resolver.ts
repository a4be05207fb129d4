import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { Connection } from '../common/pagination/pagination';
import { CreateSkillInput, SkillsArgs, UpdateSkillInput } from './dtos/skill.inputs';
import { SkillEntity } from './skill.entity';
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
}
