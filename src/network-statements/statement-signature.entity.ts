import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';

import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';
import { NetworkStatementEntity } from './network-statement.entity';

/** A member intermediary's signature under a published statement: one per organization, whoever of its curators signed. */
@ObjectType('StatementSignature')
@Entity('statement_signature')
@Unique('UQ_statement_signature', ['statementId', 'organizationId'])
export class StatementSignatureEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  statementId: string;

  @ManyToOne(() => NetworkStatementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'statement_id' })
  statement: Relation<NetworkStatementEntity>;

  @Field(() => ID)
  @Index('IDX_statement_signature_organization')
  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization: Relation<OrganizationEntity>;

  @Column('uuid', { nullable: true })
  signedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'signed_by_user_id' })
  signedByUser: Relation<UserEntity> | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  signedAt: Date;
}
