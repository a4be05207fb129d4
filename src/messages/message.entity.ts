import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';

import { MatchEntity } from '../matches/match.entity';
import { UserEntity } from '../users/user.entity';

export const MAX_MESSAGE_LENGTH = 4000;

/** One message in the thread of a match, between its two sides and its curators. Plain text, never markup. */
@ObjectType('Message')
@Entity('message')
@Index('IDX_message_match_created', ['matchId', 'createdAt'])
@Check('CHK_message_body', `char_length(body) BETWEEN 1 AND ${MAX_MESSAGE_LENGTH}`)
export class MessageEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  matchId: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match: Relation<MatchEntity>;

  /** Null once the author's account is gone; the message stays in the thread. */
  @Index()
  @Column('uuid', { nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author: Relation<UserEntity> | null;

  @Field({ description: `Plain text, trimmed, 1 to ${MAX_MESSAGE_LENGTH} characters; line breaks are part of it. Render it as text, never as HTML.` })
  @Column('text')
  body: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
