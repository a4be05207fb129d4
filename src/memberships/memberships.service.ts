import { randomBytes } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, Repository } from 'typeorm';

import { AuthService } from '../auth/auth.service';
import { AuthPayload } from '../auth/dtos/auth.inputs';
import { hashPassword } from '../auth/password';
import { requireStrongPassword } from '../auth/password-strength';
import { hashToken, TokenService } from '../auth/token.service';
import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { UnitOfWork } from '../common/database/unit-of-work';
import { MembershipRole } from '../common/domain/membership-role.enum';
import { AppError } from '../common/errors/app-error';
import { AppConfig } from '../config/app-config';
import { CreateOrganizationInput } from '../organizations/dtos/organization.inputs';
import { OrganizationEntity } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { QueueService } from '../queue/queue.service';
import { UsersService } from '../users/users.service';
import { SignUpWithInvitationInput } from './dtos/invitation-sign-up.input';
import { ImportInvitationsArgs, InvitationImportResult, InvitationImportRow, InvitationImportStatus, InvitationPayload, InviteMemberInput } from './dtos/membership.inputs';
import { InvitationEntity } from './invitation.entity';
import { InvitationCsvRow, parseInvitationCsv } from './invitation-csv';
import { SendInvitationEmailJob, sendInvitationEmailJobId } from './jobs/send-invitation-email.job';
import { MembershipEntity } from './membership.entity';

export const MAX_PENDING_INVITATIONS_LISTED = 200;

function assertOpen(invitation: InvitationEntity): void {
  if (invitation.acceptedAt) throw AppError.conflict('This invitation has already been used.', { reason: 'INVITATION_USED' });
  if (invitation.expiresAt.getTime() <= Date.now()) {
    throw AppError.conflict('This invitation has expired. Ask an admin of the organization to invite you again.', { reason: 'INVITATION_EXPIRED' });
  }
}

const accountExists = () => AppError.conflict('An account with this email already exists. Please sign in with it, then accept the invitation.', { reason: 'ACCOUNT_EXISTS' });
const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

@Injectable()
export class MembershipsService {
  private readonly logger = new Logger(MembershipsService.name);

  constructor(
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    private readonly access: AccessService,
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly queue: QueueService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  /** Registers an organization with its creator as first admin, in one transaction. */
  foundOrganization(actor: Actor, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    return this.unitOfWork.run(async (tx) => {
      const org = await this.organizations.create(tx, actor, input);
      await tx.manager.insert(MembershipEntity, { userId: actor.userId, organizationId: org.id, role: MembershipRole.ADMIN });
      return org;
    });
  }

  async invite(actor: Actor, input: InviteMemberInput): Promise<InvitationPayload> {
    this.access.assertOrganizationAdmin(actor, input.organizationId);
    if (!(await this.dataSource.getRepository(OrganizationEntity).existsBy({ id: input.organizationId }))) throw AppError.notFound('Organization');
    const members: unknown[] = await this.dataSource.query('SELECT 1 FROM membership m JOIN user_account u ON u.id = m.user_id WHERE m.organization_id = $1 AND u.email = $2', [
      input.organizationId,
      input.email,
    ]);
    if (members.length > 0) throw AppError.conflict('This person is already a member of the organization.');
    const { token, hash } = this.tokens.newOpaqueToken();
    // Inviting again replaces the pending invitation in place, so the earlier link stops working.
    const [{ id }] = await this.invitations.query<{ id: string }[]>(
      `INSERT INTO invitation (organization_id, email, role, token_hash, invited_by_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (organization_id, email) WHERE accepted_at IS NULL
       DO UPDATE SET role = EXCLUDED.role, token_hash = EXCLUDED.token_hash, invited_by_id = EXCLUDED.invited_by_id,
                     expires_at = EXCLUDED.expires_at, created_at = now()
       RETURNING id`,
      [input.organizationId, input.email, input.role, hash, actor.userId, new Date(Date.now() + INVITATION_TTL_MS)],
    );
    const invitation = await this.invitations.findOneByOrFail({ id });
    return { invitation, acceptUrl: `${this.config.publicUrl.replace(/\/+$/, '')}/invitations/${token}` };
  }

  /**
   * Invites a company's people from a CSV list in one go (sign-ups are throttled per address, so
   * scripts cannot onboard hundreds). Every row gets a result; valid rows are written in one
   * statement, so re-importing the same list refreshes the pending invitations instead of
   * duplicating them. The emails are queued after the commit.
   */
  async importInvitations(actor: Actor, { organizationId, csv }: ImportInvitationsArgs): Promise<InvitationImportResult> {
    this.access.assertOrganizationAdmin(actor, organizationId);
    if (!(await this.dataSource.getRepository(OrganizationEntity).existsBy({ id: organizationId }))) throw AppError.notFound('Organization');
    const { rows, problems } = parseInvitationCsv(csv);
    const members = await this.memberEmails(
      organizationId,
      rows.map((r) => r.email),
    );
    const toInvite = rows.filter((r) => !members.has(r.email));
    const written = await this.upsertInvitations(actor, organizationId, toInvite);
    await this.queueInvitationEmails(written);

    const statusOf = new Map(written.map((w) => [w.email, w.inserted ? InvitationImportStatus.INVITED : InvitationImportStatus.REINVITED]));
    const results: InvitationImportRow[] = [
      ...rows.map((r) => ({ row: r.row, email: r.email, status: statusOf.get(r.email) ?? InvitationImportStatus.ALREADY_MEMBER, problem: null, reason: null })),
      ...problems.map((p) => ({ row: p.row, email: p.email, status: InvitationImportStatus.ERROR, problem: p.problem, reason: p.reason })),
    ].sort((a, b) => a.row - b.row);
    const count = (status: InvitationImportStatus) => results.filter((r) => r.status === status).length;
    return {
      invited: count(InvitationImportStatus.INVITED),
      reinvited: count(InvitationImportStatus.REINVITED),
      alreadyMembers: count(InvitationImportStatus.ALREADY_MEMBER),
      errors: count(InvitationImportStatus.ERROR),
      rows: results,
    };
  }

  private async memberEmails(organizationId: string, emails: string[]): Promise<Set<string>> {
    const rows = (await this.dataSource.query(
      'SELECT u.email FROM membership m JOIN user_account u ON u.id = m.user_id WHERE m.organization_id = $1 AND u.email = ANY($2::text[])',
      [organizationId, emails],
    )) as { email: string }[];
    return new Set(rows.map((r) => r.email));
  }

  /** Each row gets an unguessable placeholder token: the real link is issued when its email is sent. */
  private async upsertInvitations(actor: Actor, organizationId: string, rows: InvitationCsvRow[]): Promise<{ id: string; email: string; inserted: boolean; created_at: Date }[]> {
    if (rows.length === 0) return [];
    return this.dataSource.query(
      `INSERT INTO invitation (organization_id, email, name, locale, role, token_hash, invited_by_id, expires_at)
       SELECT $1, x.email, x.name, x.locale, x.role::membership_role, x.token_hash, $2, $3
         FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS x(email, name, locale, role, token_hash)
       ON CONFLICT (organization_id, email) WHERE accepted_at IS NULL
       DO UPDATE SET name = EXCLUDED.name, locale = EXCLUDED.locale, role = EXCLUDED.role, token_hash = EXCLUDED.token_hash,
                     invited_by_id = EXCLUDED.invited_by_id, expires_at = EXCLUDED.expires_at, created_at = now()
       RETURNING id, email, (xmax = 0) AS inserted, created_at`,
      [
        organizationId,
        actor.userId,
        new Date(Date.now() + INVITATION_TTL_MS),
        rows.map((r) => r.email),
        rows.map((r) => r.name),
        rows.map((r) => r.locale),
        rows.map((r) => r.role),
        rows.map(() => randomBytes(32).toString('hex')),
      ],
    );
  }

  /** The invitations are committed; a Redis failure here is logged, and re-importing the list queues the emails again. */
  private async queueInvitationEmails(invitations: { id: string; created_at: Date }[]): Promise<void> {
    const jobs = invitations.map((i) => ({ invitationId: i.id, issuedAt: i.created_at.toISOString() }));
    try {
      await this.queue.addBulk(
        SendInvitationEmailJob,
        jobs.map((data) => ({ data, jobId: sendInvitationEmailJobId(data) })),
      );
    } catch (e) {
      this.logger.error(`Queueing ${jobs.length} invitation emails failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async accept(actor: Actor, token: string): Promise<MembershipEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const invitation = await m.findOne(InvitationEntity, { where: { tokenHash: hashToken(token) }, lock: { mode: 'pessimistic_write' } });
      if (!invitation) throw AppError.notFound('Invitation');
      if (invitation.email !== actor.email) {
        throw AppError.forbidden('This invitation was sent to a different email address. Sign in with the address it was sent to.');
      }
      assertOpen(invitation);
      return this.join(m, invitation, actor.userId);
    });
  }

  /**
   * Creates the account of the invited email with a new password, joins the organization and signs
   * in, in one step. Refused for an unknown, used or expired invitation, a weak password, and an
   * email that already has an account (that person signs in and accepts instead).
   */
  async signUpWithInvitation(input: SignUpWithInvitationInput): Promise<AuthPayload> {
    const tokenHash = hashToken(input.token);
    const preview = await this.invitations.findOneBy({ tokenHash });
    if (!preview) throw AppError.notFound('Invitation');
    assertOpen(preview);
    if (await this.users.emailTaken(preview.email)) throw accountExists();
    const name = input.name.trim();
    if (!name) throw AppError.badInput('Please enter your name.', [{ field: 'name', message: 'name must not be empty' }]);
    requireStrongPassword('password', input.password, [preview.email, name]);
    const passwordHash = await hashPassword(input.password);
    const user = await this.unitOfWork.run(async (tx) => {
      const invitation = await tx.manager.findOne(InvitationEntity, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
      // Re-checked under the lock: a parallel sign-up with the same link has used it meanwhile.
      if (!invitation) throw AppError.notFound('Invitation');
      assertOpen(invitation);
      const account = await this.users.registerIn(tx, { email: invitation.email, name, locale: input.locale, passwordHash });
      await this.join(tx.manager, invitation, account.id);
      return account;
    });
    return this.auth.issue(user);
  }

  private async join(m: EntityManager, invitation: InvitationEntity, userId: string): Promise<MembershipEntity> {
    await m.createQueryBuilder().insert().into(MembershipEntity).values({ userId, organizationId: invitation.organizationId, role: invitation.role }).orIgnore().execute();
    const membership = await m.findOneByOrFail(MembershipEntity, { userId, organizationId: invitation.organizationId });
    // Someone who already belonged keeps their membership; an invitation as admin never demotes, only promotes.
    if (invitation.role === MembershipRole.ADMIN && membership.role !== MembershipRole.ADMIN) {
      await m.update(MembershipEntity, { id: membership.id }, { role: MembershipRole.ADMIN });
      membership.role = MembershipRole.ADMIN;
    }
    await m.update(InvitationEntity, { id: invitation.id }, { acceptedAt: new Date() });
    return membership;
  }

  pendingInvitations(actor: Actor, organizationId: string): Promise<InvitationEntity[]> {
    this.access.assertOrganizationAdmin(actor, organizationId);
    return this.invitations
      .createQueryBuilder('i')
      .where('i.organizationId = :organizationId', { organizationId })
      .andWhere('i.acceptedAt IS NULL')
      .andWhere('i.expiresAt > now()')
      .orderBy('i.createdAt', 'DESC')
      .take(MAX_PENDING_INVITATIONS_LISTED)
      .getMany();
  }

  async revokeInvitation(actor: Actor, id: string): Promise<boolean> {
    const invitation = await this.invitations.findOneBy({ id });
    if (!invitation || !(actor.isPlatformAdmin || actor.isMemberOf(invitation.organizationId))) throw AppError.notFound('Invitation');
    this.access.assertOrganizationAdmin(actor, invitation.organizationId);
    if (invitation.acceptedAt) throw AppError.conflict('This invitation has already been accepted.');
    await this.invitations.delete({ id });
    return true;
  }

  async changeRole(actor: Actor, membershipId: string, role: MembershipRole): Promise<MembershipEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const membership = await this.lockMembership(m, actor, { id: membershipId });
      this.access.assertOrganizationAdmin(actor, membership.organizationId);
      if (role !== MembershipRole.ADMIN) await this.assertAnotherAdmin(m, membership);
      await m.update(MembershipEntity, { id: membership.id }, { role });
      return { ...membership, role };
    });
  }

  async remove(actor: Actor, membershipId: string): Promise<boolean> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const membership = await this.lockMembership(m, actor, { id: membershipId });
      this.access.assertOrganizationAdmin(actor, membership.organizationId);
      await this.assertAnotherAdmin(m, membership);
      await m.delete(MembershipEntity, { id: membership.id });
      return true;
    });
  }

  async leave(actor: Actor, organizationId: string): Promise<boolean> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const membership = await this.lockMembership(m, actor, { userId: actor.userId, organizationId });
      await this.assertAnotherAdmin(m, membership);
      await m.delete(MembershipEntity, { id: membership.id });
      return true;
    });
  }

  /**
   * Finds the membership and takes its organization's row lock: every role change and removal holds it,
   * so two admins demoting each other at once cannot leave the organization without an admin.
   * Memberships of organizations the actor does not belong to are NOT_FOUND.
   */
  private async lockMembership(m: EntityManager, actor: Actor, where: FindOptionsWhere<MembershipEntity>): Promise<MembershipEntity> {
    const found = await m.findOneBy(MembershipEntity, where);
    if (!found || !(actor.isPlatformAdmin || actor.isMemberOf(found.organizationId))) throw AppError.notFound('Membership');
    await m.query('SELECT 1 FROM organization WHERE id = $1 FOR NO KEY UPDATE', [found.organizationId]);
    const current = await m.findOneBy(MembershipEntity, { id: found.id });
    if (!current) throw AppError.notFound('Membership');
    return current;
  }

  private async assertAnotherAdmin(m: EntityManager, membership: MembershipEntity): Promise<void> {
    if (membership.role !== MembershipRole.ADMIN) return;
    const admins = await m.countBy(MembershipEntity, { organizationId: membership.organizationId, role: MembershipRole.ADMIN });
    if (admins <= 1) {
      throw AppError.conflict('An organization must keep at least one admin. Make another member an admin first.');
    }
  }
}
