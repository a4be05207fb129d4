import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { OrganizationKind } from '../common/domain/organization-kind.enum';

@ObjectType('Organization')
@Entity('organization')
@Check('CHK_organization_country', `country ~ '^[A-Z]{2}$'`)
@Check('CHK_organization_currency', `currency ~ '^[A-Z]{3}$'`)
@Check('CHK_organization_sign_off_company', `NOT requires_employer_sign_off OR kind = 'COMPANY'`)
@Check('CHK_organization_time_zone', `time_zone IS NULL OR time_zone ~ '^[A-Za-z_]+(/[A-Za-z0-9_+-]+){0,2}$'`)
export class OrganizationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => OrganizationKind)
  @Index()
  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  @Field()
  @Column({ length: 200 })
  name: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code' })
  @Index()
  @Column({ type: 'char', length: 2 })
  country: string;

  // Inserts that leave it out get the country's currency from a database trigger (migration Currencies).
  @Field({ description: 'ISO 4217 code of the money it gives or asks for: its funding offers and funding roles default to it' })
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Warsaw; null when unknown (matching then scores on the country alone)' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  timeZone: string | null;

  @Field(() => [String], { description: 'ISO 639-1 language codes' })
  @Column('text', { array: true, default: '{}' })
  languages: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field()
  @Column({ default: false })
  verified: boolean;

  @Field({ description: 'A company that approves its employees’ pro-bono time before a match is confirmed' })
  @Column({ default: false })
  requiresEmployerSignOff: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
