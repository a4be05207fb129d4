import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';

import { UserEntity } from '../users/user.entity';

export enum MatchingScope {
  NEED = 'NEED',
  PROGRAM = 'PROGRAM',
  INTERMEDIARY = 'INTERMEDIARY',
  ROLES = 'ROLES',
  ALL = 'ALL',
}
registerEnumType(MatchingScope, { name: 'MatchingScope' });

export enum MatchingTrigger {
  NEED_PUBLISHED = 'NEED_PUBLISHED',
  PROFILE_CHANGED = 'PROFILE_CHANGED',
  CURATOR = 'CURATOR',
  SCHEDULED = 'SCHEDULED',
  NEED_CHANGED = 'NEED_CHANGED',
}
registerEnumType(MatchingTrigger, { name: 'MatchingTrigger' });

export enum MatchingRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(MatchingRunStatus, { name: 'MatchingRunStatus' });

@ObjectType('MatchingRun')
@Entity('matching_run')
@Index('IDX_matching_run_status_created', ['status', 'createdAt'])
@Check('CHK_matching_run_progress', `progress BETWEEN 0 AND 100`)
@Check('CHK_matching_run_scope_id', `(scope IN ('ALL', 'ROLES')) = (scope_id IS NULL)`)
export class MatchingRunEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => MatchingScope)
  @Column({ type: 'enum', enum: MatchingScope, enumName: 'matching_scope' })
  scope: MatchingScope;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  scopeId: string | null;

  @Field(() => MatchingTrigger)
  @Column({ type: 'enum', enum: MatchingTrigger, enumName: 'matching_trigger' })
  trigger: MatchingTrigger;

  @Field(() => MatchingRunStatus)
  @Column({ type: 'enum', enum: MatchingRunStatus, enumName: 'matching_run_status', default: MatchingRunStatus.QUEUED })
  status: MatchingRunStatus;

  @Field(() => Int)
  @Column('smallint', { default: 0 })
  progress: number;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  requestedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy: Relation<UserEntity> | null;

  @Field(() => GraphQLJSON, { description: 'Role ids, top K and other inputs of the run' })
  @Column('jsonb', { default: {} })
  parameters: Record<string, unknown>;

  @Field(() => GraphQLJSON, { description: 'Roles, candidates, edges, proposed, withdrawn' })
  @Column('jsonb', { default: {} })
  counts: Record<string, number>;

  @Field(() => GraphQLJSON, { description: 'Milliseconds spent loading, scoring, solving and saving' })
  @Column('jsonb', { default: {} })
  timings: Record<string, number>;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field(() => Int)
  @Column('int', { default: 0 })
  attempts: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
