import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';

import { numericToNumber } from '../common/domain/columns';
import { NeedEntity } from './need.entity';
import { NeedRoleSkillEntity } from './need-role-skill.entity';

export enum RoleKind {
  VOLUNTEER = 'VOLUNTEER',
  MENTOR = 'MENTOR',
  FUNDING = 'FUNDING',
}
registerEnumType(RoleKind, { name: 'RoleKind' });

@ObjectType('NeedRole')
@Entity('need_role')
@Check('CHK_need_role_seats', `seats BETWEEN 1 AND 50`)
// Seats filled are counted in the row itself so that no race of confirmations can overfill a role.
@Check('CHK_need_role_seats_filled', `seats_filled BETWEEN 0 AND seats`)
@Check('CHK_need_role_hours', `hours_per_month BETWEEN 0 AND 200`)
@Check('CHK_need_role_currency', `(kind = 'FUNDING') = (currency IS NOT NULL) AND (currency IS NULL OR currency ~ '^[A-Z]{3}$')`)
@Check('CHK_need_role_amount', `(kind = 'FUNDING') = (amount IS NOT NULL) AND (amount IS NULL OR amount > 0)`)
export class NeedRoleEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  needId: string;

  @ManyToOne(() => NeedEntity, (n) => n.roles, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need: Relation<NeedEntity>;

  @Field(() => RoleKind)
  @Column({ type: 'enum', enum: RoleKind, enumName: 'role_kind' })
  kind: RoleKind;

  @Field()
  @Column({ length: 200 })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => Int)
  @Column('int', { default: 0 })
  hoursPerMonth: number;

  @Field(() => Int)
  @Column('int', { default: 1 })
  seats: number;

  @Field(() => Int)
  @Column('int', { default: 0 })
  seatsFilled: number;

  @Field(() => Float, { nullable: true, description: 'Money wanted, for funding roles' })
  @Column('numeric', { precision: 14, scale: 2, nullable: true, transformer: numericToNumber })
  amount: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of the amount; defaults to the nonprofit’s currency' })
  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  @OneToMany(() => NeedRoleSkillEntity, (s) => s.role)
  skills: Relation<NeedRoleSkillEntity[]>;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
