import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';

import { numericToNumber } from '../common/domain/columns';
import { FocusArea } from '../common/domain/focus-area.enum';
import { OrganizationEntity } from '../organizations/organization.entity';

@ObjectType('FundingOffer')
@Entity('funding_offer')
@Check('CHK_funding_offer_ticket', `min_ticket >= 0 AND min_ticket <= max_ticket`)
@Check('CHK_funding_offer_budget', `budget_left >= 0 AND budget_left <= budget_total`)
@Check('CHK_funding_offer_currency', `currency ~ '^[A-Z]{3}$'`)
export class FundingOfferEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  funderId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'funder_id' })
  funder: Relation<OrganizationEntity>;

  @Field()
  @Column({ length: 200 })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => [FocusArea], { description: 'Empty means any focus area' })
  @Column({ type: 'enum', enum: FocusArea, enumName: 'focus_area', array: true, default: '{}' })
  focusAreas: FocusArea[];

  @Field(() => [String], { description: 'ISO country codes; empty means any country' })
  @Column('text', { array: true, default: '{}' })
  countries: string[];

  @Field(() => Float)
  @Column('numeric', { precision: 14, scale: 2, transformer: numericToNumber })
  minTicket: number;

  @Field(() => Float)
  @Column('numeric', { precision: 14, scale: 2, transformer: numericToNumber })
  maxTicket: number;

  // budgetTotal and budgetLeft are exposed through FundingOffersResolver, which hides them from those the funder did not choose.
  @Column('numeric', { precision: 14, scale: 2, transformer: numericToNumber })
  budgetTotal: number;

  @Column('numeric', { precision: 14, scale: 2, transformer: numericToNumber })
  budgetLeft: number;

  @Field({ description: 'ISO 4217; defaults to the funder organization’s currency' })
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field()
  @Column({ default: true })
  active: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
