import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { MatchEntity, MatchStatus } from './match.entity';

/** Append-only history of a match: the database refuses updates and deletes (see migration). */
@ObjectType('MatchEvent')
@Entity('match_event')
@Index('IDX_match_event_match_created', ['matchId', 'createdAt'])
export class MatchEventEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  matchId: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match: Relation<MatchEntity>;

  @Field(() => ID, { nullable: true, description: 'Empty when the system acted (a matching run, an expiry)' })
  @Column('uuid', { nullable: true })
  actorUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_user_id' })
  actorUser: Relation<UserEntity> | null;

  @Field()
  @Column({ length: 40 })
  action: string;

  @Field(() => MatchStatus, { nullable: true })
  @Column({ type: 'enum', enum: MatchStatus, enumName: 'match_status', nullable: true })
  fromStatus: MatchStatus | null;

  @Field(() => MatchStatus)
  @Column({ type: 'enum', enum: MatchStatus, enumName: 'match_status' })
  toStatus: MatchStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
