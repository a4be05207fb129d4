import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A skill's name in every interface language; a missing translation reads as the English name. */
@ObjectType('SkillNames')
export class SkillNamesDto {
  @Field()
  en: string;

  @Field(() => String, { nullable: true })
  de: string | null;

  @Field(() => String, { nullable: true })
  ja: string | null;
}

/** The skills taxonomy; ids are stable slugs so seed data and matching stay readable. */
@ObjectType('Skill')
@Entity('skill')
@Check('CHK_skill_id_slug', `id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
export class SkillEntity {
  @Field(() => ID)
  @PrimaryColumn({ length: 80 })
  id: string;

  /** The English name: unique, the sort key and the fallback for missing translations. */
  @Column({ length: 120, unique: true })
  name: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  nameDe: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  nameJa: string | null;

  @Field()
  @Index()
  @Column({ length: 60 })
  category: string;

  @Field(() => [String])
  @Column('text', { array: true, default: '{}' })
  synonyms: string[];
}
