import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, OneToMany, OneToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';

import { FocusArea } from '../common/domain/focus-area.enum';
import { UserEntity } from '../users/user.entity';
import { MentorSkillEntity } from './mentor-skill.entity';

@ObjectType('MentorProfile')
@Entity('mentor_profile')
@Check('CHK_mentor_profile_capacity', `mentee_capacity BETWEEN 1 AND 20`)
@Check('CHK_mentor_profile_load', `active_mentees BETWEEN 0 AND mentee_capacity`)
@Check('CHK_mentor_profile_hours', `hours_per_month BETWEEN 0 AND 200`)
@Check('CHK_mentor_profile_country', `country ~ '^[A-Z]{2}$'`)
export class MentorProfileEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid', { unique: true })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Field()
  @Column({ length: 200, default: '' })
  headline: string;

  @Field()
  @Column({ type: 'text', default: '' })
  bio: string;

  @Field(() => [String])
  @Column('text', { array: true, default: '{}' })
  languages: string[];

  @Field()
  @Index()
  @Column({ type: 'char', length: 2 })
  country: string;

  @Field()
  @Column({ length: 60, default: 'UTC' })
  timeZone: string;

  @Field(() => Int)
  @Column('int', { default: 4 })
  hoursPerMonth: number;

  @Field(() => Int)
  @Column('int', { default: 1 })
  menteeCapacity: number;

  @Field(() => Int)
  @Column('int', { default: 0 })
  activeMentees: number;

  @Field(() => [FocusArea])
  @Column({ type: 'enum', enum: FocusArea, enumName: 'focus_area', array: true, default: '{}' })
  causes: FocusArea[];

  @Field()
  @Column({ default: true })
  available: boolean;

  @OneToMany(() => MentorSkillEntity, (s) => s.profile)
  expertise: Relation<MentorSkillEntity[]>;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
