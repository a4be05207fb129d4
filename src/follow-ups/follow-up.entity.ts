import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';

import { MatchEntity } from '../matches/match.entity';
import { UserEntity } from '../users/user.entity';

export const MAX_FOLLOW_UP_COMMENT_LENGTH = 1000;

/** "Is the work still in use?" */
export enum FollowUpAnswer {
  YES = 'YES',
  PARTLY = 'PARTLY',
  NO = 'NO',
}
registerEnumType(FollowUpAnswer, { name: 'FollowUpAnswer' });

/**
 * The outcome question a completed match's nonprofit is asked months later: the row exists once the
 * delayed job asked it (one per match), and is answered once.
 */
@ObjectType('FollowUp')
@Entity('follow_up')
@Index('UQ_follow_up_match', ['matchId'], { unique: true })
@Check('CHK_follow_up_comment', `char_length(comment) <= ${MAX_FOLLOW_UP_COMMENT_LENGTH}`)
@Check('CHK_follow_up_answered', `(answer IS NULL) = (answered_at IS NULL) AND (answer IS NOT NULL OR comment IS NULL)`)
export class FollowUpEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  matchId: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match: Relation<MatchEntity>;

  @Field({ description: 'When the question was asked' })
  @CreateDateColumn({ type: 'timestamptz' })
  askedAt: Date;

  @Field(() => FollowUpAnswer, { nullable: true })
  @Column({ type: 'enum', enum: FollowUpAnswer, enumName: 'follow_up_answer', nullable: true })
  answer: FollowUpAnswer | null;

  @Field(() => String, { nullable: true, description: 'Plain text; render it as text, never as HTML' })
  @Column('text', { nullable: true })
  comment: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  answeredAt: Date | null;

  @Column('uuid', { nullable: true })
  answeredById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answered_by_id' })
  answeredBy: Relation<UserEntity> | null;
}
