import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The skills taxonomy; ids are stable slugs so seed data and matching stay readable. */
@ObjectType('Skill')
@Entity('skill')
@Check('CHK_skill_id_slug', `id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
export class SkillEntity {
  @Field(() => ID)
  @PrimaryColumn({ length: 80 })
  id: string;

  @Field()
  @Column({ length: 120, unique: true })
  name: string;

  @Field()
  @Index()
  @Column({ length: 60 })
  category: string;

  @Field(() => [String])
  @Column('text', { array: true, default: '{}' })
  synonyms: string[];
}
