import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';

import { UserEntity } from '../users/user.entity';
import { MatchEntity, MatchStatus } from './match.entity';
import { MatchAction } from './match-transitions';

/**
 * Append-only history of a match: the database refuses updates and direct deletes (see migrations);
 * the history goes only with its match. Written only by MatchWriter.
 */
@ObjectType('MatchEvent')
@Entity('match_event')
@Index('IDX_match_event_match_created', ['matchId', 'createdAt'])
@Check(
  'CHK_match_event_action',
  `action IN (${Object.values(MatchAction)
    .map((a) => `'${a}'`)
    .join(', ')})`,
)
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

  @Field(() => MatchAction)
  @Column({ type: 'varchar', length: 40 })
  action: MatchAction;

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
