import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';

import { OrganizationEntity } from '../organizations/organization.entity';

@ObjectType('Program')
@Entity('program')
@Check('CHK_program_dates', `ends_on IS NULL OR starts_on IS NULL OR starts_on <= ends_on`)
export class ProgramEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  intermediaryId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'intermediary_id' })
  intermediary: Relation<OrganizationEntity>;

  @Field()
  @Column({ length: 200 })
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Field({ description: 'Program rule: every cohort need gets at least one mentor when one can be found' })
  @Column({ default: false })
  requiresMentor: boolean;

  @Field({ description: 'Proposals wait for a curator before both sides see them' })
  @Column({ default: true })
  curationRequired: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
