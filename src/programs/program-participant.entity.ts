import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';

import { OrganizationEntity } from '../organizations/organization.entity';
import { ProgramEntity } from './program.entity';

export enum ProgramParticipantRole {
  COHORT = 'COHORT',
  PARTNER_COMPANY = 'PARTNER_COMPANY',
  FUNDER = 'FUNDER',
}
registerEnumType(ProgramParticipantRole, { name: 'ProgramParticipantRole' });

/** A cohort nonprofit, partner company or funder of a program. */
@ObjectType('ProgramParticipant')
@Entity('program_participant')
@Unique('UQ_program_participant', ['programId', 'organizationId'])
export class ProgramParticipantEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization: Relation<OrganizationEntity>;

  @Field(() => ProgramParticipantRole)
  @Column({ type: 'enum', enum: ProgramParticipantRole, enumName: 'program_participant_role' })
  role: ProgramParticipantRole;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
