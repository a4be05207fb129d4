import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';

import { FocusArea } from '../common/domain/focus-area.enum';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ProgramEntity } from '../programs/program.entity';
import { UserEntity } from '../users/user.entity';
import { NeedRoleEntity } from './need-role.entity';

export enum NeedStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  STAFFED = 'STAFFED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(NeedStatus, { name: 'NeedStatus' });

@ObjectType('Need')
@Entity('need')
@Index('IDX_need_status_created', ['status', 'createdAt'])
// The needs page's order (newest first, id as tie-breaker): read in index order, a page stops after its rows instead of sorting every visible need.
@Index('IDX_need_newest', ['createdAt', 'id'])
@Index('IDX_need_search', { synchronize: false })
@Check('CHK_need_dates', `ends_on IS NULL OR starts_on IS NULL OR starts_on <= ends_on`)
@Check('CHK_need_country', `country ~ '^[A-Z]{2}$'`)
export class NeedEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  nonprofitId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nonprofit_id' })
  nonprofit: Relation<OrganizationEntity>;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column('uuid', { nullable: true })
  programId: string | null;

  @ManyToOne(() => ProgramEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity> | null;

  @Field()
  @Column({ length: 200 })
  title: string;

  @Field({ description: 'What the nonprofit needs done' })
  @Column({ type: 'text' })
  summary: string;

  @Field({ description: 'Why it matters: the impact it will have' })
  @Column({ type: 'text', default: '' })
  impact: string;

  @Field(() => FocusArea)
  @Index()
  @Column({ type: 'enum', enum: FocusArea, enumName: 'focus_area' })
  focusArea: FocusArea;

  @Field()
  @Index()
  @Column({ type: 'char', length: 2 })
  country: string;

  @Field({ description: 'The working language, ISO 639-1' })
  @Column({ length: 8 })
  language: string;

  @Field()
  @Column({ default: true })
  remote: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => NeedStatus)
  @Column({ type: 'enum', enum: NeedStatus, enumName: 'need_status', default: NeedStatus.DRAFT })
  status: NeedStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy: Relation<UserEntity> | null;

  @OneToMany(() => NeedRoleEntity, (r) => r.need)
  roles: Relation<NeedRoleEntity[]>;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
