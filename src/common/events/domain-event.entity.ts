import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The outbox of domain events: written in the transaction of the change it reports, dispatched
 * after commit, and found again by the relay while `dispatched_at` stays empty.
 */
@Entity('domain_event')
@Index('IDX_domain_event_pending', ['dispatchedAt', 'createdAt'])
export class DomainEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ length: 60 })
  type: string;

  @Column('jsonb')
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column('int', { default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
