import { addNeed, createWorld, org, Person, person, volunteer, World } from '../lifecycle/lifecycle-world';
import { ok } from '../lifecycle/match-operations';
import { insertMatch, insertMembership } from '../utils/fixtures';
import { createTestApp, errorCode, errorFields, TestApp } from '../utils/test-app';

const QUERY = `query($companyId: ID!) { companyEngagements(companyId: $companyId) {
  employees { volunteerProfileId name engagements confirmedHours }
  engagements { matchId volunteerProfileId employeeName needTitle nonprofitName status confirmedHours }
  totals { employees ongoing completed confirmedHours } } }`;

interface Result {
  employees: { volunteerProfileId: string; name: string; engagements: number; confirmedHours: number }[];
  engagements: { matchId: string; employeeName: string; needTitle: string; nonprofitName: string; status: string; confirmedHours: number }[];
  totals: { employees: number; ongoing: number; completed: number; confirmedHours: number };
}

/** A company's admins read their employees' agreed engagements; plain members and other companies see nothing. */
describe('companyEngagements', () => {
  let t: TestApp;
  let w: World;
  let otherCompanyId: string;
  let otherCompanyAdmin: Person;
  let companyMember: Person;
  let agreedId: string;
  let offeredId: string;
  let otherEmployeeMatchId: string;

  const read = (session: Person, companyId: string) => t.gql<{ companyEngagements: Result }>(QUERY, { companyId }, session.token);

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
    otherCompanyId = await org(t, 'COMPANY', 'Other Corp');
    otherCompanyAdmin = await person(t, 'Olga Otheradmin');
    await insertMembership(t, { userId: otherCompanyAdmin.userId, organizationId: otherCompanyId, role: 'ADMIN' });
    companyMember = await person(t, 'Carl Colleague');
    await insertMembership(t, { userId: companyMember.userId, organizationId: w.companyId, role: 'MEMBER' });
    const otherEmployee = await volunteer(t, 'Omar Otheremployee', { employerId: otherCompanyId });

    const { roleIds } = await addNeed(t, w, { title: 'Website <b>relaunch</b>', roles: [{ kind: 'VOLUNTEER', seats: 3 }] });
    agreedId = await insertMatch(t, { roleId: roleIds[0], candidateId: w.volunteer.profileId, status: 'ACTIVE' });
    const second = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER' }] });
    offeredId = await insertMatch(t, { roleId: second.roleIds[0], candidateId: w.volunteer.profileId, status: 'OFFERED' });
    otherEmployeeMatchId = await insertMatch(t, { roleId: roleIds[0], candidateId: otherEmployee.profileId, status: 'COMPLETED' });
    await t.dataSource.query(
      `INSERT INTO hours_log (match_id, user_id, worked_on, hours, status) VALUES ($1, $2, '2025-03-10', 2.5, 'CONFIRMED'), ($1, $2, '2025-03-11', 4, 'LOGGED')`,
      [agreedId, w.volunteer.userId],
    );
  });
  afterAll(() => t.close());

  it('lists the employees and their agreed engagements with confirmed hours to the company’s admin', async () => {
    const result = ok(await read(w.companyAdmin, w.companyId), 'companyEngagements');
    expect(result.employees).toEqual([{ volunteerProfileId: w.volunteer.profileId, name: 'Vera Volunteer', engagements: 1, confirmedHours: 2.5 }]);
    expect(result.engagements).toEqual([
      {
        matchId: agreedId,
        volunteerProfileId: w.volunteer.profileId,
        employeeName: 'Vera Volunteer',
        needTitle: 'Website <b>relaunch</b>',
        nonprofitName: 'Tafel Nord',
        status: 'ACTIVE',
        confirmedHours: 2.5,
      },
    ]);
    expect(result.engagements.map((e) => e.matchId)).not.toContain(offeredId);
    expect(result.totals).toEqual({ employees: 1, ongoing: 1, completed: 0, confirmedHours: 2.5 });
  });

  it('shows another company only its own employees', async () => {
    const other = ok(await read(otherCompanyAdmin, otherCompanyId), 'companyEngagements');
    expect(other.engagements.map((e) => e.matchId)).toEqual([otherEmployeeMatchId]);
    expect(other.totals).toMatchObject({ employees: 1, ongoing: 0, completed: 1 });
    expect(errorCode(await read(otherCompanyAdmin, w.companyId))).toBe('FORBIDDEN');
    expect(errorCode(await read(w.companyAdmin, otherCompanyId))).toBe('FORBIDDEN');
  });

  it('refuses a plain member of the company, the employee and outsiders', async () => {
    for (const p of [companyMember, w.volunteer, w.nonprofit, w.curator, w.funder]) {
      const res = await read(p, w.companyId);
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.data?.companyEngagements ?? null).toBeNull();
    }
  });

  it('answers hostile and wrong ids with a named input error', async () => {
    for (const bad of ['not-an-id', '<script>alert(1)</script>', 'x'.repeat(10_000)]) {
      const res = await read(w.companyAdmin, bad);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorFields(res)).toContain('companyId');
    }
    expect(errorCode(await read(w.nonprofit, w.nonprofitId))).toBe('BAD_USER_INPUT');
    expect(errorCode(await read(w.companyAdmin, '00000000-0000-4000-8000-000000000000'))).toBe('FORBIDDEN');
  });
});
