import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, OneToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';

import { FocusArea } from '../common/domain/focus-area.enum';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';
import { VolunteerSkillEntity } from './volunteer-skill.entity';

@ObjectType('VolunteerProfile')
@Entity('volunteer_profile')
@Check('CHK_volunteer_profile_hours', `hours_per_month BETWEEN 0 AND 200`)
@Check('CHK_volunteer_profile_capacity', `max_concurrent_engagements BETWEEN 1 AND 10`)
@Check('CHK_volunteer_profile_load', `active_engagements BETWEEN 0 AND max_concurrent_engagements`)
@Check('CHK_volunteer_profile_country', `country ~ '^[A-Z]{2}$'`)
export class VolunteerProfileEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid', { unique: true })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Field(() => ID, { nullable: true, description: 'The company the volunteer works for, if any' })
  @Index()
  @Column('uuid', { nullable: true })
  employerId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'employer_id' })
  employer: Relation<OrganizationEntity> | null;

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

  @Field({ description: 'IANA time zone, e.g. Asia/Tokyo' })
  @Column({ length: 60, default: 'UTC' })
  timeZone: string;

  @Field(() => Int)
  @Column('int', { default: 8 })
  hoursPerMonth: number;

  @Field(() => Int)
  @Column('int', { default: 1 })
  maxConcurrentEngagements: number;

  @Field(() => Int)
  @Column('int', { default: 0 })
  activeEngagements: number;

  @Field(() => [FocusArea])
  @Column({ type: 'enum', enum: FocusArea, enumName: 'focus_area', array: true, default: '{}' })
  causes: FocusArea[];

  @Field()
  @Column({ default: true })
  remoteOk: boolean;

  @Field()
  @Column({ default: false })
  onSiteOk: boolean;

  @Field({ description: 'Whether the volunteer wants new proposals' })
  @Column({ default: true })
  available: boolean;

  @OneToMany(() => VolunteerSkillEntity, (s) => s.profile)
  skills: Relation<VolunteerSkillEntity[]>;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
