import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';

import { numericToNumber } from '../common/domain/columns';
import { MatchEntity } from '../matches/match.entity';
import { UserEntity } from '../users/user.entity';

export enum HoursStatus {
  LOGGED = 'LOGGED',
  CONFIRMED = 'CONFIRMED',
  DISPUTED = 'DISPUTED',
}
registerEnumType(HoursStatus, { name: 'HoursStatus' });

@ObjectType('HoursLog')
@Entity('hours_log')
@Check('CHK_hours_log_hours', `hours > 0 AND hours <= 300`)
export class HoursLogEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  matchId: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match: Relation<MatchEntity>;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Field({ description: 'The day the work was done' })
  @Column({ type: 'date' })
  workedOn: string;

  @Field(() => Float)
  @Column('numeric', { precision: 6, scale: 2, transformer: numericToNumber })
  hours: number;

  @Field()
  @Column({ type: 'text', default: '' })
  note: string;

  @Field(() => HoursStatus)
  @Column({ type: 'enum', enum: HoursStatus, enumName: 'hours_status', default: HoursStatus.LOGGED })
  status: HoursStatus;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  reviewedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewed_by_id' })
  reviewedBy: Relation<UserEntity> | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  disputeReason: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
