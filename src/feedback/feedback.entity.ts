import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';

import { MatchEntity } from '../matches/match.entity';
import { UserEntity } from '../users/user.entity';

export enum FeedbackDirection {
  NONPROFIT_TO_CANDIDATE = 'NONPROFIT_TO_CANDIDATE',
  CANDIDATE_TO_NONPROFIT = 'CANDIDATE_TO_NONPROFIT',
}
registerEnumType(FeedbackDirection, { name: 'FeedbackDirection' });

@ObjectType('Feedback')
@Entity('feedback')
@Unique('UQ_feedback_match_direction', ['matchId', 'direction'])
@Check('CHK_feedback_rating', `rating BETWEEN 1 AND 5`)
export class FeedbackEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  matchId: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match: Relation<MatchEntity>;

  @Field(() => ID)
  @Column('uuid')
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author: Relation<UserEntity>;

  @Field(() => FeedbackDirection)
  @Column({ type: 'enum', enum: FeedbackDirection, enumName: 'feedback_direction' })
  direction: FeedbackDirection;

  @Field(() => Int)
  @Column('smallint')
  rating: number;

  @Field()
  @Column({ type: 'text', default: '' })
  comment: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
