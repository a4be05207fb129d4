import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';

import { MembershipRole } from '../common/domain/membership-role.enum';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';

/** An admin's invitation for someone to join the organization; accepted once with its token. */
@ObjectType('Invitation')
@Entity('invitation')
// At most one pending invitation per address and organization: inviting again replaces it.
@Index('UQ_invitation_pending', ['organizationId', 'email'], { unique: true, where: 'accepted_at IS NULL' })
@Check('CHK_invitation_email_lower', `email = lower(email)`)
export class InvitationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization: Relation<OrganizationEntity>;

  @Field()
  @Column({ length: 320 })
  email: string;

  @Field(() => String, { nullable: true, description: 'The name the invitation was addressed to, when an import gave one' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  /** The language of the invitation email; null means English. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  locale: string | null;

  @Field(() => MembershipRole)
  @Column({ type: 'enum', enum: MembershipRole, enumName: 'membership_role', default: MembershipRole.MEMBER })
  role: MembershipRole;

  @Index({ unique: true })
  @Column({ length: 64 })
  tokenHash: string;

  @Field(() => ID)
  @Column('uuid')
  invitedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy: Relation<UserEntity>;

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
