import { OrganizationKind } from '../../common/domain/organization-kind.enum';
import { NeedStatus } from '../../needs/need.entity';
import { RoleKind } from '../../needs/need-role.entity';
import { ProgramParticipantRole } from '../../programs/program-participant.entity';
import { SKILL_IDS } from '../../skills/skill-taxonomy.data';
import { seedId } from '../seed-id';
import { DEMO_EMAILS, DEMO_IDS, DEMO_SIGN_INS, DEMO_WORLD } from './demo-world.data';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const w = DEMO_WORLD;

describe('demo world', () => {
  it('derives ids the same way forever, since existing databases hold them', () => {
    expect(seedId('org:jp-intermediary')).toBe('3cda3cb6-4d30-5e51-9ca4-74823f0cb8b1');
    expect(DEMO_IDS.jpIntermediary).toBe(seedId('org:jp-intermediary'));
  });

  it('has unique, well-formed ids in every table', () => {
    const tables = [
      w.organizations,
      w.networks,
      w.networkMembers,
      w.users,
      w.memberships,
      w.affiliations,
      w.volunteerProfiles,
      w.mentorProfiles,
      w.fundingOffers,
      w.programs,
      w.programParticipants,
      w.needs,
      w.needRoles,
    ];
    for (const rows of tables) {
      const ids = rows.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(UUID);
    }
  });

  it('only refers to rows that exist', () => {
    const orgs = new Set(w.organizations.map((o) => o.id));
    const users = new Set(w.users.map((u) => u.id));
    const needs = new Set(w.needs.map((n) => n.id));
    const roles = new Set(w.needRoles.map((r) => r.id));
    const programs = new Set(w.programs.map((p) => p.id));
    for (const m of w.memberships) expect(users.has(m.userId) && orgs.has(m.organizationId)).toBe(true);
    for (const a of w.affiliations) expect(orgs.has(a.intermediaryId) && orgs.has(a.organizationId)).toBe(true);
    for (const p of w.programParticipants) expect(programs.has(p.programId) && orgs.has(p.organizationId)).toBe(true);
    for (const n of w.needs) expect(orgs.has(n.nonprofitId) && (n.programId === null || programs.has(n.programId))).toBe(true);
    for (const r of w.needRoles) expect(needs.has(r.needId)).toBe(true);
    for (const s of w.needRoleSkills) expect(roles.has(s.roleId) && SKILL_IDS.has(s.skillId)).toBe(true);
    for (const s of [...w.volunteerSkills, ...w.mentorSkills]) expect(SKILL_IDS.has(s.skillId)).toBe(true);
  });

  it('has a sign-in for every demo role, and unique lower-case emails', () => {
    const emails = w.users.map((u) => u.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toBe(email.toLowerCase());
    for (const signIn of DEMO_SIGN_INS) expect(emails).toContain(signIn.email);
    expect(w.users.filter((u) => u.isPlatformAdmin).map((u) => u.email)).toEqual(['admin@rally.demo']);
  });

  it('has one company that signs off its employees’ time, with an engagement waiting for its admin', () => {
    const signingOff = w.organizations.filter((o) => o.requiresEmployerSignOff);
    expect(signingOff.map((o) => o.id)).toEqual([DEMO_IDS.jpCompanies['tsubame-trading']]);
    const admin = w.users.find((u) => u.email === DEMO_EMAILS.companySignOff);
    expect(w.memberships).toContainEqual(expect.objectContaining({ userId: admin?.id, organizationId: signingOff[0].id, role: 'ADMIN' }));
    const [match] = w.matches;
    expect(w.matches).toHaveLength(1);
    expect(match.status).toBe('AWAITING_EMPLOYER');
    const profile = w.volunteerProfiles.find((p) => p.id === match.volunteerProfileId);
    expect(profile?.employerId).toBe(signingOff[0].id);
    expect(w.users.find((u) => u.id === profile?.userId)?.email).toBe(DEMO_EMAILS.volunteerSignOff);
    // What the match holds is counted where the lifecycle counts it, and its history ends where it stands.
    expect(w.needRoles.find((r) => r.id === match.roleId)?.seatsFilled).toBe(1);
    expect(profile?.activeEngagements).toBe(1);
    const history = w.matchEvents.filter((e) => e.matchId === match.id);
    expect(history.map((e) => [e.action, e.toStatus])).toEqual([
      ['CREATE_MANUAL', 'OFFERED'],
      ['ACCEPT', 'OFFERED'],
      ['ACCEPT', 'AWAITING_EMPLOYER'],
    ]);
    expect(match.version).toBe(history.length);
    expect(w.needs.find((n) => n.id === match.needId)?.status).toBe('OPEN');
  });

  it('models the Asian network and the Japanese team projects', () => {
    const members = w.networkMembers.filter((m) => m.networkId === DEMO_IDS.asiaNetwork);
    expect(members.length).toBeGreaterThanOrEqual(10);
    expect(members.length).toBeLessThanOrEqual(12);
    const jpCompanies = new Set(Object.values(DEMO_IDS.jpCompanies));
    const jpVolunteers = w.volunteerProfiles.filter((p) => p.employerId !== null && jpCompanies.has(p.employerId));
    expect(jpVolunteers).toHaveLength(100);
    for (const p of jpVolunteers) {
      expect(p).toMatchObject({ country: 'JP', timeZone: 'Asia/Tokyo' });
      expect(p.languages).toContain('ja');
      expect(p.hoursPerMonth).toBeGreaterThanOrEqual(4);
      expect(p.hoursPerMonth).toBeLessThanOrEqual(20);
    }
    const program = w.programs.find((p) => p.id === DEMO_IDS.jpProgram);
    expect(program?.curationRequired).toBe(true);
    const teamRoles = w.needRoles.filter((r) => w.needs.find((n) => n.id === r.needId)?.programId === DEMO_IDS.jpProgram && r.seats >= 4);
    expect(teamRoles.length).toBeGreaterThanOrEqual(6);
    for (const r of teamRoles) expect(r.seats).toBeLessThanOrEqual(6);
  });

  it('shares Japanese needs and the team-project program with the Asian network, with one partner proposal waiting', () => {
    const members = new Set(w.networkMembers.filter((m) => m.networkId === DEMO_IDS.asiaNetwork).map((m) => m.organizationId));
    const open = new Set(w.needs.filter((n) => n.status === NeedStatus.OPEN).map((n) => n.id));
    expect(w.needShares.length).toBeGreaterThanOrEqual(2);
    for (const share of w.needShares) expect({ member: members.has(share.intermediaryId), open: open.has(share.needId) }).toEqual({ member: true, open: true });
    expect(w.programShares.map((p) => p.programId)).toEqual([DEMO_IDS.jpProgram]);
    const shared = new Set(w.needShares.map((s) => s.needId));
    const [proposal] = w.partnerProposals;
    expect(w.partnerProposals).toHaveLength(1);
    expect(shared.has(proposal.needId) && members.has(proposal.intermediaryId)).toBe(true);
    expect(proposal.intermediaryId).not.toBe(DEMO_IDS.jpIntermediary);
    expect(w.needRoles.find((r) => r.id === proposal.roleId)?.needId).toBe(proposal.needId);
    expect(w.volunteerProfiles.some((p) => p.id === proposal.volunteerProfileId)).toBe(true);
    expect(w.memberships.some((m) => m.userId === proposal.proposedBy && m.organizationId === proposal.intermediaryId)).toBe(true);
  });

  it('models the European accelerator: 20 projects from 16 countries with mentor, volunteer and funding roles', () => {
    const program = w.programs.find((p) => p.id === DEMO_IDS.euProgram);
    expect(program).toMatchObject({ requiresMentor: true, curationRequired: true });
    const needs = w.needs.filter((n) => n.programId === DEMO_IDS.euProgram);
    expect(needs).toHaveLength(20);
    expect(new Set(needs.map((n) => n.country)).size).toBe(16);
    for (const need of needs) {
      expect(need.status).toBe(NeedStatus.OPEN);
      const roles = w.needRoles.filter((r) => r.needId === need.id);
      expect(roles.map((r) => r.kind).sort()).toEqual([RoleKind.FUNDING, RoleKind.MENTOR, RoleKind.VOLUNTEER]);
      const funding = roles.find((r) => r.kind === RoleKind.FUNDING);
      expect(funding?.amount).toBeGreaterThanOrEqual(10_000);
      expect(funding?.amount).toBeLessThanOrEqual(50_000);
      expect(roles.find((r) => r.kind === RoleKind.MENTOR)?.seats).toBe(1);
    }
    const funders = w.programParticipants.filter((p) => p.programId === DEMO_IDS.euProgram && p.role === ProgramParticipantRole.FUNDER);
    expect(funders).toHaveLength(3);
    expect(w.mentorProfiles.length).toBeGreaterThanOrEqual(22);
    expect(w.volunteerProfiles.filter((p) => p.employerId === DEMO_IDS.retailer).length).toBeGreaterThanOrEqual(55);
  });

  it('gives every European funding role at least one funder that could back it', () => {
    const euOffers = w.fundingOffers.filter((o) => o.currency === 'EUR');
    for (const need of w.needs.filter((n) => n.programId === DEMO_IDS.euProgram)) {
      const amount = w.needRoles.find((r) => r.needId === need.id && r.kind === RoleKind.FUNDING)?.amount ?? 0;
      const fits = euOffers.filter(
        (o) =>
          (o.focusAreas.length === 0 || o.focusAreas.includes(need.focusArea)) &&
          (o.countries.length === 0 || o.countries.includes(need.country)) &&
          o.minTicket <= amount &&
          amount <= o.maxTicket,
      );
      expect({ need: need.title, fits: fits.length > 0 }).toEqual({ need: need.title, fits: true });
    }
  });

  it('keeps role skills within the ranges the matching engine expects', () => {
    for (const s of w.needRoleSkills) {
      expect(s.level).toBeGreaterThanOrEqual(1);
      expect(s.level).toBeLessThanOrEqual(5);
      expect(s.weight).toBeGreaterThanOrEqual(1);
      expect(s.weight).toBeLessThanOrEqual(5);
    }
    for (const r of w.needRoles.filter((role) => role.kind !== RoleKind.FUNDING)) {
      const count = w.needRoleSkills.filter((s) => s.roleId === r.id).length;
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(5);
    }
    expect(w.organizations.filter((o) => o.kind === OrganizationKind.FUNDER)).toHaveLength(4);
    expect(w.needs.filter((n) => n.status === NeedStatus.DRAFT).length).toBeGreaterThanOrEqual(2);
  });
  it('gives the Asian network a published joint statement, signed by its members, with commitments in several states', () => {
    const [statement] = w.networkStatements;
    expect(statement).toMatchObject({ networkId: DEMO_IDS.asiaNetwork, status: 'PUBLISHED', draftedByOrganizationId: DEMO_IDS.jpIntermediary });
    expect(statement.body).toMatch(/[\u3040-\u30ff]/);
    const members = new Set(w.networkMembers.filter((m) => m.networkId === DEMO_IDS.asiaNetwork).map((m) => m.organizationId));
    const signed = w.statementSignatures.filter((s) => s.statementId === statement.id).map((s) => s.organizationId);
    expect(signed.length).toBeGreaterThanOrEqual(5);
    expect(new Set(signed).size).toBe(signed.length);
    for (const id of signed) expect(members.has(id)).toBe(true);
    const commitments = w.statementCommitments.filter((c) => c.statementId === statement.id);
    expect(commitments.length).toBeGreaterThanOrEqual(3);
    expect(commitments.length).toBeLessThanOrEqual(5);
    for (const c of commitments) expect(signed).toContain(c.organizationId);
    expect(new Set(commitments.map((c) => c.status)).size).toBeGreaterThanOrEqual(3);
    for (const id of [statement.id, ...w.statementSignatures.map((s) => s.id), ...commitments.map((c) => c.id)]) expect(id).toMatch(UUID);
  });
});
