import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';

import { OrganizationEntity } from '../organizations/organization.entity';

/** A nonprofit, company or funder working with an intermediary: the intermediary's curation scope. */
@ObjectType('Affiliation')
@Entity('affiliation')
@Unique('UQ_affiliation_pair', ['intermediaryId', 'organizationId'])
@Check('CHK_affiliation_distinct', `intermediary_id <> organization_id`)
export class AffiliationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  intermediaryId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intermediary_id' })
  intermediary: Relation<OrganizationEntity>;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization: Relation<OrganizationEntity>;

  @Field({ description: 'The intermediary has checked this organization' })
  @Column({ default: false })
  vetted: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
