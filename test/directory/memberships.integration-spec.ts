import { createHash } from 'node:crypto';

import { insertMembership } from '../utils/fixtures';
import { createOrganization, gqlData, platformAdmin, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { countRows } from './directory.operations';

const INVITE = `mutation($input: InviteMemberInput!) {
  inviteMember(input: $input) { acceptUrl invitation { id email role expiresAt acceptedAt organization { id } } }
}`;
const ACCEPT = `mutation($token: String!) { acceptInvitation(token: $token) { id role organizationId user { id email } organization { id } } }`;
const INVITATIONS = `query($organizationId: ID!) { invitations(organizationId: $organizationId) { id email role } }`;
const CHANGE_ROLE = `mutation($id: ID!, $role: MembershipRole!) { changeMemberRole(membershipId: $id, role: $role) { id role } }`;
const REMOVE = `mutation($id: ID!) { removeMember(membershipId: $id) }`;
const LEAVE = `mutation($organizationId: ID!) { leaveOrganization(organizationId: $organizationId) }`;
const MEMBERS = `query($id: ID!) { organization(id: $id) { members { id role user { id name email } } } }`;

interface InvitePayload {
  inviteMember: { acceptUrl: string; invitation: { id: string; email: string; role: string; expiresAt: string; acceptedAt: string | null; organization: { id: string } } };
}

const tokenOf = (acceptUrl: string) => acceptUrl.split('/invitations/')[1];
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('memberships and invitations', () => {
  let t: TestApp;
  let owner: Session;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    owner = await signUp(t, { name: 'Owner' });
    orgId = await createOrganization(t, owner, { kind: 'NONPROFIT' });
  });

  const invite = (email: string, role = 'MEMBER', token = owner.token) => t.gql<InvitePayload>(INVITE, { input: { organizationId: orgId, email, role } }, token);
  const membershipsOf = (organizationId: string) => t.dataSource.query('SELECT user_id, role FROM membership WHERE organization_id = $1 ORDER BY created_at', [organizationId]);
  const membershipId = async (session: Session) =>
    (await t.dataSource.query('SELECT id FROM membership WHERE user_id = $1 AND organization_id = $2', [session.userId, orgId]))[0].id as string;

  it('invites by email with a link whose token is stored only as a hash, valid for 14 days', async () => {
    const res = await invite('  Hana@Example.org ');
    expect(res.errors).toBeUndefined();
    const { acceptUrl, invitation } = res.data!.inviteMember;
    expect(acceptUrl.startsWith(`${t.config.publicUrl}/invitations/`)).toBe(true);
    expect(invitation).toMatchObject({ email: 'hana@example.org', role: 'MEMBER', acceptedAt: null, organization: { id: orgId } });
    const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    const [row] = await t.dataSource.query('SELECT token_hash FROM invitation WHERE id = $1', [invitation.id]);
    const token = tokenOf(acceptUrl);
    expect(row.token_hash).toBe(sha256(token));
    expect(row.token_hash).not.toContain(token);
    const list = await gqlData<{ invitations: { email: string }[] }>(t, INVITATIONS, { organizationId: orgId }, owner.token);
    expect(list.invitations.map((i) => i.email)).toEqual(['hana@example.org']);
  });

  it('re-inviting the same address replaces the pending invitation and its link', async () => {
    const first = tokenOf((await invite('kai@example.org')).data!.inviteMember.acceptUrl);
    const second = await invite('KAI@example.org', 'ADMIN');
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM invitation WHERE organization_id = $1 AND email = 'kai@example.org'`, [orgId]);
    expect(count).toBe(1);
    const kai = await signUp(t, { email: 'kai@example.org' });
    expect(errorCode(await t.gql(ACCEPT, { token: first }, kai.token))).toBe('NOT_FOUND');
    const accepted = await gqlData<{ acceptInvitation: { role: string } }>(t, ACCEPT, { token: tokenOf(second.data!.inviteMember.acceptUrl) }, kai.token);
    expect(accepted.acceptInvitation.role).toBe('ADMIN');
  });

  it('refuses invitations from members who are not admins and from outsiders, creating nothing', async () => {
    const member = await signUp(t);
    await insertMembership(t, { userId: member.userId, organizationId: orgId, role: 'MEMBER' });
    const outsider = await signUp(t);
    const before = await countRows(t, 'invitation');
    expect(errorCode(await invite('x@example.org', 'MEMBER', member.token))).toBe('FORBIDDEN');
    expect(errorCode(await invite('x@example.org', 'ADMIN', outsider.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(INVITATIONS, { organizationId: orgId }, member.token))).toBe('FORBIDDEN');
    expect(await countRows(t, 'invitation')).toBe(before);
  });

  it('lets platform admins invite, refuses a bad email by field, and an existing member with CONFLICT', async () => {
    const admin = await platformAdmin(t);
    expect((await invite('from-admin@example.org', 'MEMBER', admin.token)).errors).toBeUndefined();
    const bad = await invite('not an email');
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'email' })]);
    const me = await gqlData<{ me: { email: string } }>(t, '{ me { email } }', {}, owner.token);
    expect(errorCode(await invite(me.me.email))).toBe('CONFLICT');
  });

  it('accepts an invitation as the invited address only, once, and before it expires', async () => {
    const invitee = await signUp(t, { email: `invitee.${Date.now()}@example.org` });
    const email = (await gqlData<{ me: { email: string } }>(t, '{ me { email } }', {}, invitee.token)).me.email;
    const token = tokenOf((await invite(email)).data!.inviteMember.acceptUrl);

    const stranger = await signUp(t);
    const wrong = await t.gql(ACCEPT, { token }, stranger.token);
    expect(errorCode(wrong)).toBe('FORBIDDEN');
    expect(wrong.errors?.[0]?.message).toMatch(/different email address/);
    expect(await membershipsOf(orgId)).toHaveLength(1);

    const ok = await gqlData<{ acceptInvitation: { role: string; organizationId: string; user: { id: string; email: string } } }>(t, ACCEPT, { token }, invitee.token);
    expect(ok.acceptInvitation).toMatchObject({ role: 'MEMBER', organizationId: orgId, user: { id: invitee.userId, email } });
    const [row] = await t.dataSource.query('SELECT accepted_at FROM invitation WHERE email = $1', [email]);
    expect(row.accepted_at).not.toBeNull();
    expect(await membershipsOf(orgId)).toHaveLength(2);

    const again = await t.gql(ACCEPT, { token }, invitee.token);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/already been used/);
    expect(errorCode(await t.gql(ACCEPT, { token: 'no-such-token' }, invitee.token))).toBe('NOT_FOUND');
  });

  it('refuses an expired invitation', async () => {
    const late = await signUp(t, { email: `late.${Date.now()}@example.org` });
    const email = (await gqlData<{ me: { email: string } }>(t, '{ me { email } }', {}, late.token)).me.email;
    const { acceptUrl, invitation } = (await invite(email)).data!.inviteMember;
    await t.dataSource.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [invitation.id]);
    const res = await t.gql(ACCEPT, { token: tokenOf(acceptUrl) }, late.token);
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toMatch(/expired/);
    expect(await membershipsOf(orgId)).toHaveLength(1);
    const pending = await gqlData<{ invitations: unknown[] }>(t, INVITATIONS, { organizationId: orgId }, owner.token);
    expect(pending.invitations).toEqual([]);
  });

  it('accepting when already a member keeps the one membership, promoting it for an admin invitation', async () => {
    const existing = await signUp(t, { email: `existing.${Date.now()}@example.org` });
    const email = (await gqlData<{ me: { email: string } }>(t, '{ me { email } }', {}, existing.token)).me.email;
    const token = tokenOf((await invite(email, 'ADMIN')).data!.inviteMember.acceptUrl);
    const id = await insertMembership(t, { userId: existing.userId, organizationId: orgId, role: 'MEMBER' });
    const res = await gqlData<{ acceptInvitation: { id: string; role: string } }>(t, ACCEPT, { token }, existing.token);
    expect(res.acceptInvitation).toMatchObject({ id, role: 'ADMIN' });
    expect(await membershipsOf(orgId)).toHaveLength(2);
  });

  it('revokes a pending invitation so its link stops working', async () => {
    const res = (await invite('revoked@example.org')).data!.inviteMember;
    const member = await signUp(t);
    await insertMembership(t, { userId: member.userId, organizationId: orgId, role: 'MEMBER' });
    const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) }`;
    expect(errorCode(await t.gql(REVOKE, { id: res.invitation.id }, member.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(REVOKE, { id: res.invitation.id }, (await signUp(t)).token))).toBe('NOT_FOUND');
    expect((await gqlData<{ revokeInvitation: boolean }>(t, REVOKE, { id: res.invitation.id }, owner.token)).revokeInvitation).toBe(true);
    const revokedUser = await signUp(t, { email: 'revoked@example.org' });
    expect(errorCode(await t.gql(ACCEPT, { token: tokenOf(res.acceptUrl) }, revokedUser.token))).toBe('NOT_FOUND');
  });

  it('admins change roles; members cannot; outsiders do not see the membership', async () => {
    const member = await signUp(t);
    const id = await insertMembership(t, { userId: member.userId, organizationId: orgId, role: 'MEMBER' });
    expect(errorCode(await t.gql(CHANGE_ROLE, { id, role: 'ADMIN' }, member.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CHANGE_ROLE, { id, role: 'ADMIN' }, (await signUp(t)).token))).toBe('NOT_FOUND');
    expect((await membershipsOf(orgId)).map((m: { role: string }) => m.role)).toEqual(['ADMIN', 'MEMBER']);
    const res = await gqlData<{ changeMemberRole: { role: string } }>(t, CHANGE_ROLE, { id, role: 'ADMIN' }, owner.token);
    expect(res.changeMemberRole.role).toBe('ADMIN');
    // With a second admin, the first may step down.
    const down = await gqlData<{ changeMemberRole: { role: string } }>(t, CHANGE_ROLE, { id: await membershipId(owner), role: 'MEMBER' }, owner.token);
    expect(down.changeMemberRole.role).toBe('MEMBER');
  });

  it('refuses to demote or remove the last admin with CONFLICT, leaving the row as it was', async () => {
    const ownerMembership = await membershipId(owner);
    const demote = await t.gql(CHANGE_ROLE, { id: ownerMembership, role: 'MEMBER' }, owner.token);
    expect(errorCode(demote)).toBe('CONFLICT');
    expect(demote.errors?.[0]?.message).toMatch(/at least one admin/);
    expect(errorCode(await t.gql(REMOVE, { id: ownerMembership }, owner.token))).toBe('CONFLICT');
    const admin = await platformAdmin(t);
    expect(errorCode(await t.gql(REMOVE, { id: ownerMembership }, admin.token))).toBe('CONFLICT');
    expect(await membershipsOf(orgId)).toEqual([{ user_id: owner.userId, role: 'ADMIN' }]);
  });

  it('two admins demoting each other at once leave exactly one admin', async () => {
    const second = await signUp(t);
    const secondId = await insertMembership(t, { userId: second.userId, organizationId: orgId, role: 'ADMIN' });
    const results = await Promise.all([
      t.gql(CHANGE_ROLE, { id: secondId, role: 'MEMBER' }, owner.token),
      t.gql(CHANGE_ROLE, { id: await membershipId(owner), role: 'MEMBER' }, second.token),
    ]);
    expect(results.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);
    const admins = (await membershipsOf(orgId)).filter((m: { role: string }) => m.role === 'ADMIN');
    expect(admins).toHaveLength(1);
  });

  it('admins remove members; members cannot remove others', async () => {
    const a = await signUp(t);
    const b = await signUp(t);
    const aId = await insertMembership(t, { userId: a.userId, organizationId: orgId, role: 'MEMBER' });
    const bId = await insertMembership(t, { userId: b.userId, organizationId: orgId, role: 'MEMBER' });
    expect(errorCode(await t.gql(REMOVE, { id: bId }, a.token))).toBe('FORBIDDEN');
    expect(await membershipsOf(orgId)).toHaveLength(3);
    expect((await gqlData<{ removeMember: boolean }>(t, REMOVE, { id: aId }, owner.token)).removeMember).toBe(true);
    expect((await membershipsOf(orgId)).map((m: { user_id: string }) => m.user_id)).toEqual([owner.userId, b.userId]);
  });

  it('members leave on their own; the last admin cannot; non-members get NOT_FOUND', async () => {
    const member = await signUp(t);
    await insertMembership(t, { userId: member.userId, organizationId: orgId, role: 'MEMBER' });
    expect((await gqlData<{ leaveOrganization: boolean }>(t, LEAVE, { organizationId: orgId }, member.token)).leaveOrganization).toBe(true);
    expect(errorCode(await t.gql(LEAVE, { organizationId: orgId }, member.token))).toBe('NOT_FOUND');
    const last = await t.gql(LEAVE, { organizationId: orgId }, owner.token);
    expect(errorCode(last)).toBe('CONFLICT');
    expect(await membershipsOf(orgId)).toEqual([{ user_id: owner.userId, role: 'ADMIN' }]);
  });

  it('shows colleagues to members only, and their emails only to the admins and to the person themself', async () => {
    const colleague = await signUp(t, { name: 'Colleague' });
    await insertMembership(t, { userId: colleague.userId, organizationId: orgId, role: 'MEMBER' });
    type Members = { organization: { members: { user: { id: string; name: string; email: string | null } | null }[] } };
    const seen = await gqlData<Members>(t, MEMBERS, { id: orgId }, colleague.token);
    expect(seen.organization.members.map((m) => m.user?.name)).toEqual(['Owner', 'Colleague']);
    const emailOf = (res: Members, userId: string) => res.organization.members.find((m) => m.user?.id === userId)?.user?.email;
    expect(emailOf(seen, owner.userId)).toBeNull();
    expect(emailOf(seen, colleague.userId)).toContain('@');
    const byAdmin = await gqlData<Members>(t, MEMBERS, { id: orgId }, owner.token);
    expect(emailOf(byAdmin, colleague.userId)).toContain('@');
    expect(emailOf(byAdmin, owner.userId)).toContain('@');
    const outsider = await gqlData<{ organization: { members: unknown[] } }>(t, MEMBERS, { id: orgId }, (await signUp(t)).token);
    expect(outsider.organization.members).toEqual([]);
  });
});
