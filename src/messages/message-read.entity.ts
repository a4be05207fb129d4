import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';

import { MatchEntity } from '../matches/match.entity';
import { UserEntity } from '../users/user.entity';

/**
 * Where one person stands in one match's thread: read up to `readAt`, emailed about messages up to
 * `digestedUntil`. A curator follows a thread (unread count, digests) once they have opened it.
 */
@Entity('message_read')
export class MessageReadEntity {
  @PrimaryColumn('uuid')
  matchId: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match: Relation<MatchEntity>;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  /** Messages created up to this instant count as read; null: none read yet. */
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** The newest message a digest email already told this person about. */
  @Column({ type: 'timestamptz', nullable: true })
  digestedUntil: Date | null;
}
