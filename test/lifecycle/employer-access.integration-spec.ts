import { insertMatch, insertMembership } from '../utils/fixtures';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { addNeed, createWorld, org, Person, person, World } from './lifecycle-world';
import { acceptMatch, completeMatch, ok, startMatch } from './match-operations';

const MATCH = `query($id: ID!) { match(id: $id) { id status allowedActions volunteerProfile { id user { name email } } hoursLogs { hours } feedback { rating } } }`;
const PROFILE = `query($id: ID!) { volunteerProfile(id: $id) { id } }`;
const LOG = `mutation($matchId: ID!, $input: LogHoursInput!) { logHours(matchId: $matchId, input: $input) { id } }`;
const FEEDBACK = `mutation($matchId: ID!, $input: LeaveFeedbackInput!) { leaveFeedback(matchId: $matchId, input: $input) { id } }`;

interface MatchRead {
  id: string;
  status: string;
  allowedActions: string[];
  volunteerProfile: { id: string; user: { name: string; email: string | null } } | null;
}

/** Admins of the volunteer's employer company read their employees' engagements from CONFIRMED on, and do nothing to them. */
describe('the employer company admin on an employee’s match', () => {
  let t: TestApp;
  let w: World;
  let otherCompanyAdmin: Person;
  let companyMember: Person;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
    // As upsertVolunteerProfile requires: the employer is a company the volunteer belongs to.
    await insertMembership(t, { userId: w.volunteer.userId, organizationId: w.companyId, role: 'MEMBER' });
    const otherCompanyId = await org(t, 'COMPANY', 'Other Corp');
    otherCompanyAdmin = await person(t, 'Olga Otheradmin');
    await insertMembership(t, { userId: otherCompanyAdmin.userId, organizationId: otherCompanyId, role: 'ADMIN' });
    companyMember = await person(t, 'Carl Colleague');
    await insertMembership(t, { userId: companyMember.userId, organizationId: w.companyId, role: 'MEMBER' });
  });
  afterAll(() => t.close());

  const read = (session: Person, id: string) => t.gql<{ match: MatchRead }>(MATCH, { id }, session.token);

  async function offered(): Promise<string> {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER', seats: 1 }] });
    return insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: w.volunteer.profileId, status: 'OFFERED' });
  }

  it('hides the offer until both sides agreed, then shows it read-only with the employee', async () => {
    const id = await offered();
    expect(errorCode(await read(w.companyAdmin, id))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(PROFILE, { id: w.volunteer.profileId }, w.companyAdmin.token))).toBe('NOT_FOUND');

    ok(await acceptMatch(t, w.volunteer.token, id, 1), 'acceptMatch');
    expect(errorCode(await read(w.companyAdmin, id))).toBe('NOT_FOUND');
    const confirmed = ok(await acceptMatch(t, w.nonprofit.token, id, 2), 'acceptMatch');
    expect(confirmed.status).toBe('CONFIRMED');

    const seen = ok(await read(w.companyAdmin, id), 'match');
    expect(seen).toMatchObject({ id, status: 'CONFIRMED', allowedActions: [], volunteerProfile: { id: w.volunteer.profileId, user: { name: 'Vera Volunteer' } } });
    // Their own employee's email, as the email rule already says (admins of the person's organizations).
    expect(seen.volunteerProfile?.user.email).toContain('@');
    expect(ok(await t.gql<{ volunteerProfile: { id: string } }>(PROFILE, { id: w.volunteer.profileId }, w.companyAdmin.token), 'volunteerProfile').id).toBe(w.volunteer.profileId);
    const listed = ok(await t.gql<{ matches: { nodes: { id: string }[] } }>(`{ matches(first: 100) { nodes { id } } }`, {}, w.companyAdmin.token), 'matches');
    expect(listed.nodes.map((m) => m.id)).toContain(id);

    // Read-only: no transition, no hours, no feedback.
    expect(errorCode(await startMatch(t, w.companyAdmin.token, id, confirmed.version))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(LOG, { matchId: id, input: { workedOn: '2025-03-10', hours: 2, note: '' } }, w.companyAdmin.token))).toBe('FORBIDDEN');
    const started = ok(await startMatch(t, w.volunteer.token, id, confirmed.version), 'startMatch');
    const completed = ok(await completeMatch(t, w.nonprofit.token, id, started.version), 'completeMatch');
    expect(ok(await read(w.companyAdmin, id), 'match')).toMatchObject({ status: 'COMPLETED', allowedActions: [] });
    expect(errorCode(await t.gql(FEEDBACK, { matchId: id, input: { rating: 1, comment: 'not theirs to give' } }, w.companyAdmin.token))).toBe('FORBIDDEN');
    expect(completed.status).toBe('COMPLETED');
  });

  it('refuses another company’s admin and a plain member of the employer', async () => {
    const id = await offered();
    ok(await acceptMatch(t, w.volunteer.token, id, 1), 'acceptMatch');
    ok(await acceptMatch(t, w.nonprofit.token, id, 2), 'acceptMatch');
    expect(ok(await read(w.companyAdmin, id), 'match').status).toBe('CONFIRMED');
    for (const outsider of [otherCompanyAdmin, companyMember]) {
      expect(errorCode(await read(outsider, id))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(PROFILE, { id: w.volunteer.profileId }, outsider.token))).toBe('NOT_FOUND');
      const listed = ok(await t.gql<{ matches: { nodes: { id: string }[] } }>(`{ matches(first: 100) { nodes { id } } }`, {}, outsider.token), 'matches');
      expect(listed.nodes.map((m) => m.id)).not.toContain(id);
    }
  });

  it('does not show the company admin a match of a mentor who is not their employee', async () => {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'MENTOR', seats: 1 }] });
    const id = await insertMatch(t, { roleId: roleIds[0], kind: 'MENTOR', candidateId: w.mentor.profileId, status: 'OFFERED' });
    ok(await acceptMatch(t, w.mentor.token, id, 1), 'acceptMatch');
    expect(ok(await acceptMatch(t, w.nonprofit.token, id, 2), 'acceptMatch').status).toBe('CONFIRMED');
    expect(errorCode(await read(w.companyAdmin, id))).toBe('NOT_FOUND');
  });
});
