import { insertMembership, insertSkills } from '../utils/fixtures';
import { makePlatformAdmin } from '../utils/operations';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { mentor, org, Person, person, SKILLS, volunteer } from './lifecycle-world';

const IMPACT = `query($scope: ImpactScopeInput!, $from: DateTime, $to: DateTime) {
  impact(scope: $scope, from: $from, to: $to) {
    currency
    totals { proposals offers confirmed completed acceptanceRate medianDaysToMatch seats seatsFilled fillRate confirmedHours hoursValue }
    byFocusArea { key figures { proposals confirmedHours hoursValue } }
    byCountry { key figures { proposals confirmedHours hoursValue } }
    byMonth { key figures { proposals offers confirmed completed confirmedHours hoursValue } }
  }
}`;

interface Figures {
  proposals: number;
  offers: number;
  confirmed: number;
  completed: number;
  acceptanceRate: number | null;
  medianDaysToMatch: number | null;
  seats: number | null;
  seatsFilled: number | null;
  fillRate: number | null;
  confirmedHours: number;
  hoursValue: number;
}
interface Report {
  currency: string;
  totals: Figures;
  byFocusArea: { key: string; figures: Partial<Figures> }[];
  byCountry: { key: string; figures: Partial<Figures> }[];
  byMonth: { key: string; figures: Partial<Figures> }[];
}

/**
 * A hand-made world with known answers. Program P of intermediary I (funded by F, partner company C)
 * has need A (DE, education): role A1 (2 seats, strategy 150/h over IT) and A2 (mentor, no skills).
 * Nonprofit N2 is affiliated with I and has need B (JP, health; IT 120/h). Need C belongs to
 * another intermediary (communications 95/h). V1 and V2 work for C; V3 is independent.
 */
describe('impact', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const people: Record<string, Person> = {};

  const one = async (sql: string, params: unknown[]) => ((await t.dataSource.query(sql, params)) as { id: string }[])[0].id;

  beforeAll(async () => {
    t = await createTestApp();
    await insertSkills(t, SKILLS);
    ids.I = await org(t, 'INTERMEDIARY', 'Bridge');
    ids.I2 = await org(t, 'INTERMEDIARY', 'Elsewhere');
    ids.N1 = await org(t, 'NONPROFIT', 'School Helpers');
    ids.N2 = await org(t, 'NONPROFIT', 'Clinic Tokyo', 'JP');
    ids.N3 = await org(t, 'NONPROFIT', 'Far Away');
    ids.C = await org(t, 'COMPANY', 'Acme');
    ids.F = await org(t, 'FUNDER', 'Kind Foundation');
    ids.P = await one(`INSERT INTO program (intermediary_id, name) VALUES ($1, 'P') RETURNING id`, [ids.I]);
    await t.dataSource.query(`INSERT INTO program_participant (program_id, organization_id, role) VALUES ($1, $2, 'COHORT'), ($1, $3, 'FUNDER'), ($1, $4, 'PARTNER_COMPANY')`, [
      ids.P,
      ids.N1,
      ids.F,
      ids.C,
    ]);
    // N1 is both in the program and affiliated: its hours must still count once for I.
    await t.dataSource.query(`INSERT INTO affiliation (intermediary_id, organization_id) VALUES ($1, $2), ($1, $3), ($4, $5)`, [ids.I, ids.N1, ids.N2, ids.I2, ids.N3]);

    const [v1, v2, v3, m] = [
      await volunteer(t, 'V One', { employerId: ids.C }),
      await volunteer(t, 'V Two', { employerId: ids.C }),
      await volunteer(t, 'V Three'),
      await mentor(t, 'M One'),
    ];
    Object.assign(people, { v1, v2, v3 });
    ids.V1 = v1.profileId;
    ids.V2 = v2.profileId;
    ids.V3 = v3.profileId;
    ids.M = m.profileId;
    for (const [key, name] of [
      ['curator', 'Cur'],
      ['otherCurator', 'Other Cur'],
      ['companyAdmin', 'Comp Admin'],
      ['companyMember', 'Comp Member'],
      ['nonprofit', 'Np'],
      ['funder', 'Fu'],
      ['admin', 'Adm'],
    ]) {
      people[key] = await person(t, name);
    }
    await insertMembership(t, { userId: people.curator.userId, organizationId: ids.I });
    await insertMembership(t, { userId: people.otherCurator.userId, organizationId: ids.I2 });
    await insertMembership(t, { userId: people.companyAdmin.userId, organizationId: ids.C, role: 'ADMIN' });
    await insertMembership(t, { userId: people.companyMember.userId, organizationId: ids.C });
    await insertMembership(t, { userId: people.nonprofit.userId, organizationId: ids.N1 });
    await insertMembership(t, { userId: people.funder.userId, organizationId: ids.F });
    await makePlatformAdmin(t, people.admin);

    const need = (nonprofit: string, program: string | null, focus: string, country: string, published: string) =>
      one(
        `INSERT INTO need (nonprofit_id, program_id, title, summary, focus_area, country, language, status, published_at) VALUES ($1, $2, 'Need', 'S', $3, $4, 'en', 'OPEN', $5) RETURNING id`,
        [nonprofit, program, focus, country, published],
      );
    const role = async (needId: string, kind: string, seats: number, filled: number, skills: [string, number][]) => {
      const id = await one(`INSERT INTO need_role (need_id, kind, title, seats, seats_filled) VALUES ($1, $2, 'Role', $3, $4) RETURNING id`, [needId, kind, seats, filled]);
      for (const [skill, weight] of skills) await t.dataSource.query('INSERT INTO need_role_skill (role_id, skill_id, level, weight) VALUES ($1, $2, 3, $3)', [id, skill, weight]);
      return id;
    };
    const A = await need(ids.N1, ids.P, 'EDUCATION', 'DE', '2025-01-01T00:00:00Z');
    const B = await need(ids.N2, null, 'HEALTH', 'JP', '2025-02-01T00:00:00Z');
    const C = await need(ids.N3, null, 'EDUCATION', 'DE', '2025-02-01T00:00:00Z');
    const A1 = await role(A, 'VOLUNTEER', 2, 2, [
      ['web-development', 3],
      ['business-strategy', 5],
    ]);
    const A2 = await role(A, 'MENTOR', 1, 0, []);
    const B1 = await role(B, 'VOLUNTEER', 1, 1, [['web-development', 4]]);
    const C1 = await role(C, 'VOLUNTEER', 1, 1, [['copywriting', 2]]);

    const match = (
      roleId: string,
      kind: string,
      candidate: string,
      status: string,
      created: string,
      offered: string | null,
      confirmed: string | null,
      completed: string | null = null,
    ) => {
      const column = kind === 'MENTOR' ? 'mentor_profile_id' : 'volunteer_profile_id';
      return one(
        `INSERT INTO match (role_id, need_id, candidate_kind, candidate_id, ${column}, status, version, created_at, offered_at, confirmed_at, completed_at)
         SELECT id, need_id, $2, $3, $3, $4, 1, $5, $6, $7, $8 FROM need_role WHERE id = $1 RETURNING id`,
        [roleId, kind, candidate, status, created, offered, confirmed, completed],
      );
    };
    const m1 = await match(A1, 'VOLUNTEER', ids.V1, 'ACTIVE', '2025-01-05T09:00:00Z', '2025-01-10T00:00:00Z', '2025-01-14T00:00:00Z');
    const m2 = await match(A1, 'VOLUNTEER', ids.V3, 'COMPLETED', '2025-01-06T09:00:00Z', '2025-01-10T00:00:00Z', '2025-01-20T00:00:00Z', '2025-03-01T00:00:00Z');
    await match(A1, 'VOLUNTEER', ids.V2, 'DECLINED', '2025-01-07T09:00:00Z', '2025-01-10T00:00:00Z', null);
    await match(A2, 'MENTOR', ids.M, 'PROPOSED', '2025-02-02T09:00:00Z', null, null);
    const m5 = await match(B1, 'VOLUNTEER', ids.V2, 'CONFIRMED', '2025-02-01T09:00:00Z', '2025-02-03T00:00:00Z', '2025-02-09T00:00:00Z');
    const m6 = await match(C1, 'VOLUNTEER', ids.V1, 'CONFIRMED', '2025-01-30T09:00:00Z', '2025-02-01T00:00:00Z', '2025-02-03T00:00:00Z');
    // Follow-up questions (written as the delayed job and the nonprofit's answer would leave them).
    await t.dataSource.query(
      `INSERT INTO follow_up (match_id, asked_at, answer, answered_at) VALUES
         ($1, '2025-06-01T00:00:00Z', 'YES', '2025-06-02T00:00:00Z'), ($2, '2025-06-01T00:00:00Z', NULL, NULL), ($3, '2025-06-01T00:00:00Z', 'PARTLY', '2025-06-03T00:00:00Z')`,
      [m2, m5, m6],
    );
    const hours = (matchId: string, userId: string, day: string, h: number, status = 'CONFIRMED') =>
      t.dataSource.query('INSERT INTO hours_log (match_id, user_id, worked_on, hours, status) VALUES ($1, $2, $3, $4, $5)', [matchId, userId, day, h, status]);
    await hours(m1, v1.userId, '2025-01-20', 10);
    await hours(m1, v1.userId, '2025-02-15', 5);
    await hours(m1, v1.userId, '2025-02-16', 3, 'DISPUTED');
    await hours(m1, v1.userId, '2025-02-17', 2, 'LOGGED');
    await hours(m2, v3.userId, '2025-02-10', 8);
    await hours(m5, v2.userId, '2025-02-12', 6);
    await hours(m6, v1.userId, '2025-02-20', 4);
  });
  afterAll(() => t.close());

  const impact = (who: Person, scope: Record<string, string>, window: { from?: string; to?: string } = {}) => t.gql<{ impact: Report }>(IMPACT, { scope, ...window }, who.token);
  const report = async (who: Person, scope: Record<string, string>, window: { from?: string; to?: string } = {}) => {
    const res = await impact(who, scope, window);
    if (!res.data?.impact) throw new Error(JSON.stringify(res.errors));
    return res.data.impact;
  };

  it('counts a program: matches, acceptance, time to match, fill rate, confirmed hours and their value', async () => {
    const r = await report(people.curator, { programId: ids.P });
    expect(r.currency).toBe('USD');
    expect(r.totals).toEqual({
      proposals: 4,
      offers: 3,
      confirmed: 2,
      completed: 1,
      acceptanceRate: 0.6667,
      medianDaysToMatch: 7,
      seats: 3,
      seatsFilled: 2,
      fillRate: 0.6667,
      confirmedHours: 23,
      hoursValue: 3450,
    });
    expect(r.byFocusArea).toEqual([{ key: 'EDUCATION', figures: { proposals: 4, confirmedHours: 23, hoursValue: 3450 } }]);
    expect(r.byMonth).toEqual([
      { key: '2025-01', figures: { proposals: 3, offers: 3, confirmed: 2, completed: 0, confirmedHours: 10, hoursValue: 1500 } },
      { key: '2025-02', figures: { proposals: 1, offers: 0, confirmed: 0, completed: 0, confirmedHours: 13, hoursValue: 1950 } },
      { key: '2025-03', figures: { proposals: 0, offers: 0, confirmed: 0, completed: 1, confirmedHours: 0, hoursValue: 0 } },
    ]);
  });

  it('counts an intermediary’s program and affiliated nonprofits once each, broken down by country', async () => {
    const r = await report(people.curator, { intermediaryId: ids.I });
    expect(r.totals).toMatchObject({
      proposals: 5,
      offers: 4,
      confirmed: 3,
      acceptanceRate: 0.75,
      medianDaysToMatch: 6,
      seats: 4,
      seatsFilled: 3,
      fillRate: 0.75,
      confirmedHours: 29,
      hoursValue: 4170,
    });
    expect(r.byCountry).toEqual([
      { key: 'DE', figures: { proposals: 4, confirmedHours: 23, hoursValue: 3450 } },
      { key: 'JP', figures: { proposals: 1, confirmedHours: 6, hoursValue: 720 } },
    ]);
  });

  it('credits the same confirmed hours once each to the volunteer, the company, the program, its funder and the intermediary', async () => {
    const [v1, v2, v3, company, program, funder, intermediary, nonprofit] = await Promise.all([
      report(people.v1, { volunteerProfileId: ids.V1 }),
      report(people.v2, { volunteerProfileId: ids.V2 }),
      report(people.v3, { volunteerProfileId: ids.V3 }),
      report(people.companyAdmin, { companyId: ids.C }),
      report(people.curator, { programId: ids.P }),
      report(people.funder, { funderId: ids.F }),
      report(people.curator, { intermediaryId: ids.I }),
      report(people.nonprofit, { nonprofitId: ids.N1 }),
    ]);
    expect([v1.totals.confirmedHours, v2.totals.confirmedHours, v3.totals.confirmedHours]).toEqual([19, 6, 8]);
    // The company is credited exactly its employees' hours, each at its role's rate.
    expect(company.totals).toMatchObject({ confirmedHours: v1.totals.confirmedHours + v2.totals.confirmedHours, hoursValue: 2250 + 720 + 380, seats: null, fillRate: null });
    expect(company.totals.hoursValue).toBe(v1.totals.hoursValue + v2.totals.hoursValue);
    // In the program: V1's 15 program hours and V3's 8; the funder and the cohort nonprofit see the same.
    const inProgram = 15 + 8;
    for (const r of [program, funder, nonprofit]) expect(r.totals).toMatchObject({ confirmedHours: inProgram, hoursValue: 3450 });
    // The intermediary: the program plus V2's hours at the affiliated clinic, and nothing of the other intermediary's need.
    expect(intermediary.totals.confirmedHours).toBe(program.totals.confirmedHours + v2.totals.confirmedHours);
    expect(intermediary.totals.hoursValue).toBe(program.totals.hoursValue + v2.totals.hoursValue);
  });

  it('counts only what happened in the window, each figure by its own date', async () => {
    const r = await report(people.curator, { programId: ids.P }, { from: '2025-02-01T00:00:00Z', to: '2025-03-01T00:00:00Z' });
    expect(r.totals).toMatchObject({
      proposals: 1,
      offers: 0,
      confirmed: 0,
      completed: 0,
      acceptanceRate: null,
      medianDaysToMatch: null,
      seats: 0,
      fillRate: null,
      confirmedHours: 13,
      hoursValue: 1950,
    });
  });

  it('shows each scope only to those who may see it', async () => {
    const cases: [string, Person, Record<string, string>, string | undefined][] = [
      ['curator, other intermediary', people.curator, { intermediaryId: ids.I2 }, 'FORBIDDEN'],
      ['other curator, program', people.otherCurator, { programId: ids.P }, 'FORBIDDEN'],
      ['company member, not admin', people.companyMember, { companyId: ids.C }, 'FORBIDDEN'],
      ['company admin, one employee', people.companyAdmin, { volunteerProfileId: ids.V1 }, 'FORBIDDEN'],
      ['company admin, program', people.companyAdmin, { programId: ids.P }, 'FORBIDDEN'],
      ['volunteer, a colleague', people.v1, { volunteerProfileId: ids.V2 }, 'FORBIDDEN'],
      ['nonprofit, another nonprofit', people.nonprofit, { nonprofitId: ids.N2 }, 'FORBIDDEN'],
      ['curator, affiliated nonprofit', people.curator, { nonprofitId: ids.N2 }, undefined],
      ['platform admin, anything', people.admin, { intermediaryId: ids.I2 }, undefined],
      ['unknown program', people.curator, { programId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      ['two scopes', people.admin, { programId: ids.P, companyId: ids.C }, 'BAD_USER_INPUT'],
      ['no scope', people.admin, {}, 'BAD_USER_INPUT'],
    ];
    for (const [label, who, scope, code] of cases) expect([label, errorCode(await impact(who, scope))]).toEqual([label, code]);
  });

  it('gives the same report as CSV text', async () => {
    const res = await t.gql<{ impactCsv: string }>(`query($scope: ImpactScopeInput!) { impactCsv(scope: $scope) }`, { scope: { programId: ids.P } }, people.curator.token);
    const lines = res.data?.impactCsv.trimEnd().split('\r\n') ?? [];
    expect(lines[0]).toBe(
      'dimension,key,proposals,offers,confirmed,completed,acceptance_rate,median_days_to_match,seats,seats_filled,fill_rate,confirmed_hours,hours_value,currency',
    );
    expect(lines[1]).toBe('total,,4,3,2,1,0.6667,7,3,2,0.6667,23,3450,USD');
    expect(lines).toContain('month,2025-02,1,0,0,0,,,0,0,,13,1950,USD');
    expect(lines.filter((l) => l.startsWith('country,'))).toEqual(['country,DE,4,3,2,1,0.6667,7,3,2,0.6667,23,3450,USD']);
    expect(errorCode(await t.gql(`query($scope: ImpactScopeInput!) { impactCsv(scope: $scope) }`, { scope: { programId: ids.P } }, people.companyAdmin.token))).toBe('FORBIDDEN');
  });

  it('counts the follow-up answers of each scope’s matches, the same answer once in every scope it belongs to', async () => {
    const FOLLOW_UPS = `query($scope: ImpactScopeInput!) { impact(scope: $scope) { followUps { asked answered stillInUse partly notInUse } } }`;
    const followUps = async (who: Person, scope: Record<string, string>) => {
      const res = await t.gql<{ impact: { followUps: Record<string, number> } }>(FOLLOW_UPS, { scope }, who.token);
      if (!res.data?.impact) throw new Error(JSON.stringify(res.errors));
      return res.data.impact.followUps;
    };
    const none = { asked: 0, answered: 0, stillInUse: 0, partly: 0, notInUse: 0 };
    const [program, funder, nonprofit, intermediary, company, v1, v2, v3] = await Promise.all([
      followUps(people.curator, { programId: ids.P }),
      followUps(people.funder, { funderId: ids.F }),
      followUps(people.nonprofit, { nonprofitId: ids.N1 }),
      followUps(people.curator, { intermediaryId: ids.I }),
      followUps(people.companyAdmin, { companyId: ids.C }),
      followUps(people.v1, { volunteerProfileId: ids.V1 }),
      followUps(people.v2, { volunteerProfileId: ids.V2 }),
      followUps(people.v3, { volunteerProfileId: ids.V3 }),
    ]);
    for (const r of [program, funder, nonprofit, v3]) expect(r).toEqual({ ...none, asked: 1, answered: 1, stillInUse: 1 });
    expect(v1).toEqual({ ...none, asked: 1, answered: 1, partly: 1 });
    expect(v2).toEqual({ ...none, asked: 1 });
    const sum = (a: Record<string, number>, b: Record<string, number>) => Object.fromEntries(Object.keys(none).map((k) => [k, a[k] + b[k]]));
    expect(intermediary).toEqual(sum(program, v2));
    expect(company).toEqual(sum(v1, v2));
    const outside = await t.gql(FOLLOW_UPS, { scope: { programId: ids.P } }, people.otherCurator.token);
    expect(errorCode(outside)).toBe('FORBIDDEN');
    expect((await report(people.curator, { programId: ids.P }, { from: '2025-07-01T00:00:00Z' })).totals.proposals).toBe(0);
    const later = await t.gql<{ impact: { followUps: Record<string, number> } }>(
      `query($scope: ImpactScopeInput!, $from: DateTime) { impact(scope: $scope, from: $from) { followUps { asked } } }`,
      { scope: { programId: ids.P }, from: '2025-07-01T00:00:00Z' },
      people.curator.token,
    );
    expect(later.data?.impact.followUps.asked).toBe(0);
  });
});
