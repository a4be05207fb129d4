import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';

import { NetworkEntity } from '../networks/network.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';

export const MAX_STATEMENT_TITLE_LENGTH = 200;
export const MAX_STATEMENT_BODY_LENGTH = 20_000;

export enum NetworkStatementStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(NetworkStatementStatus, { name: 'NetworkStatementStatus' });

/**
 * A joint statement of a network's intermediaries. Curators of member intermediaries draft it together;
 * `version` counts edits, so two curators editing the same draft get one winner and a CONFLICT. Only the
 * drafting intermediary publishes or withdraws it; a withdrawn statement stays readable as the record.
 */
@ObjectType('NetworkStatement')
@Entity('network_statement')
@Index('IDX_network_statement_network', ['networkId', 'createdAt'])
@Check('CHK_network_statement_title', `char_length(title) BETWEEN 1 AND ${MAX_STATEMENT_TITLE_LENGTH}`)
@Check('CHK_network_statement_body', `char_length(body) BETWEEN 1 AND ${MAX_STATEMENT_BODY_LENGTH}`)
@Check('CHK_network_statement_published', `status = 'DRAFT' OR published_at IS NOT NULL`)
@Check('CHK_network_statement_withdrawn', `(status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)`)
@Check('CHK_network_statement_version', `version >= 1`)
export class NetworkStatementEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  networkId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network: Relation<NetworkEntity>;

  @Field()
  @Column('text')
  title: string;

  @Field()
  @Column('text')
  body: string;

  @Field(() => NetworkStatementStatus)
  @Column({ type: 'enum', enum: NetworkStatementStatus, enumName: 'network_statement_status', default: NetworkStatementStatus.DRAFT })
  status: NetworkStatementStatus;

  @Field(() => ID, { description: 'The member intermediary holding the pen: its curators publish and withdraw' })
  @Column('uuid')
  draftedByOrganizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'drafted_by_organization_id' })
  draftedByOrganization: Relation<OrganizationEntity>;

  @Column('uuid', { nullable: true })
  draftedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'drafted_by_user_id' })
  draftedByUser: Relation<UserEntity> | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => Int, { description: 'Send it back with an edit or publish: a stale version is refused with CONFLICT' })
  @Column('int', { default: 1 })
  version: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
