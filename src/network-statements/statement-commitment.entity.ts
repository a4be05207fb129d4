import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';

import { OrganizationEntity } from '../organizations/organization.entity';
import { NetworkStatementEntity } from './network-statement.entity';
import { StatementSignatureEntity } from './statement-signature.entity';

export const MAX_COMMITMENT_TEXT_LENGTH = 1000;
export const MAX_PROGRESS_NOTE_LENGTH = 2000;

export enum StatementCommitmentStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(StatementCommitmentStatus, { name: 'StatementCommitmentStatus' });

/**
 * What one signatory promises under a statement, tracked to its end. The foreign key to the signature
 * keeps it in the database too: only an organization that signed can hold a commitment.
 */
@ObjectType('StatementCommitment')
@Entity('statement_commitment')
@Index('IDX_statement_commitment_statement', ['statementId', 'createdAt'])
@Check('CHK_statement_commitment_text', `char_length(text) BETWEEN 1 AND ${MAX_COMMITMENT_TEXT_LENGTH}`)
@Check('CHK_statement_commitment_note', `char_length(progress_note) <= ${MAX_PROGRESS_NOTE_LENGTH}`)
export class StatementCommitmentEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  statementId: string;

  @ManyToOne(() => NetworkStatementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'statement_id' })
  statement: Relation<NetworkStatementEntity>;

  @Field(() => ID, { description: 'The signatory intermediary that committed' })
  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization: Relation<OrganizationEntity>;

  @ManyToOne(() => StatementSignatureEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'statement_id', referencedColumnName: 'statementId', foreignKeyConstraintName: 'FK_statement_commitment_signatory' },
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'FK_statement_commitment_signatory' },
  ])
  signature: Relation<StatementSignatureEntity>;

  @Field()
  @Column('text')
  text: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column('date', { nullable: true })
  dueOn: string | null;

  @Field(() => StatementCommitmentStatus)
  @Column({ type: 'enum', enum: StatementCommitmentStatus, enumName: 'statement_commitment_status', default: StatementCommitmentStatus.OPEN })
  status: StatementCommitmentStatus;

  @Field({ description: 'What the intermediary reports of its progress' })
  @Column('text', { default: '' })
  progressNote: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
