import { Field, ID, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';

import { NotificationKind } from '../common/domain/notification-kind.enum';
import { UserEntity } from '../users/user.entity';

@ObjectType('Notification')
@Entity('notification')
@Index('IDX_notification_user_created', ['userId', 'createdAt'])
@Index('IDX_notification_user_unread', ['userId'], { where: 'read_at IS NULL' })
export class NotificationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Field(() => NotificationKind)
  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  /** As rendered for the recipient when written: the fallback for rows that cannot be rendered again. The API renders title and body per reader. */
  @Column({ length: 300 })
  title: string;

  @Column({ type: 'text', default: '' })
  body: string;

  @Field(() => GraphQLJSON)
  @Column('jsonb', { default: {} })
  data: Record<string, unknown>;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  matchId: string | null;

  // Named, not imported: notifications are a service matches call, so they know nothing of matches.
  @ManyToOne('MatchEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match: Relation<object> | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
