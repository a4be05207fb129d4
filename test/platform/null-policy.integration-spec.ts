import { createNeed, needInput, SKILLS as NEED_SKILLS, UPDATE_NEED, UPDATE_ROLE } from '../needs/need-fixtures';
import { SKILLS as PROFILE_SKILLS, UPSERT_VOLUNTEER, volunteerInput } from '../profiles/supply-operations';
import { insertIntermediary, insertProgram, insertSkills } from '../utils/fixtures';
import { createOrganization, organizationWithAdmin, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, errorFields, GqlResult, TestApp } from '../utils/test-app';

const UPDATE_ORGANIZATION = `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id name website description } }`;
const UPDATE_PROGRAM = `mutation($id: ID!, $input: UpdateProgramInput!) { updateProgram(id: $id, input: $input) { id name startsOn endsOn } }`;

/** The null policy of every update input: left out keeps, null clears a nullable field, null on a required one is refused by name. */
describe('null in update inputs', () => {
  let t: TestApp;
  let alice: Session; // admin of nonprofit A
  let bob: Session; // admin of nonprofit B
  let curator: Session;
  let nonprofitA: string;
  let programId: string;

  const refusedFields = (res: GqlResult<unknown>) => (errorCode(res) === 'BAD_USER_INPUT' ? errorFields(res) : [`not refused: ${JSON.stringify(res.errors ?? res.data)}`]);

  beforeAll(async () => {
    t = await createTestApp();
    await insertSkills(t.dataSource, NEED_SKILLS);
    ({ admin: alice, id: nonprofitA } = await organizationWithAdmin(t, 'NONPROFIT'));
    ({ admin: bob } = await organizationWithAdmin(t, 'NONPROFIT'));
    curator = await signUp(t);
    programId = await insertProgram(t, {
      intermediaryId: await insertIntermediary(t, { curatorId: curator.userId }),
      name: 'Social Entrepreneurs 2026',
      participants: [{ organizationId: nonprofitA, role: 'COHORT' }],
    });
  });
  afterAll(() => t.close());

  describe('needs and roles', () => {
    let need: Awaited<ReturnType<typeof createNeed>> & { endsOn: string };
    const row = async () => (await t.dataSource.query('SELECT title, summary, remote, starts_on, program_id FROM need WHERE id = $1', [need.id]))[0];

    beforeAll(async () => {
      need = (await createNeed(t, alice, needInput(nonprofitA, { programId }))) as typeof need;
    });

    it('refuses null on required fields, naming each, and changes nothing', async () => {
      const before = await row();
      const res = await t.gql(UPDATE_NEED, { id: need.id, input: { title: null, summary: null, remote: null, focusArea: null, impact: 'new impact' } }, alice.token);
      expect(refusedFields(res)).toEqual(['focusArea', 'remote', 'summary', 'title']);
      expect(res.errors?.[0].message).toContain('title cannot be null');
      expect(await row()).toEqual(before);
    });

    it('clears nullable fields with null and keeps what is left out', async () => {
      const res = await t.gql<{ updateNeed: { title: string; startsOn: string | null; endsOn: string | null; programId: string | null } }>(
        UPDATE_NEED,
        { id: need.id, input: { startsOn: null, programId: null } },
        alice.token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.updateNeed).toMatchObject({ title: need.title, startsOn: null, endsOn: need.endsOn, programId: null });
      const kept = await t.gql<{ updateNeed: { title: string; endsOn: string } }>(UPDATE_NEED, { id: need.id, input: {} }, alice.token);
      expect(kept.data?.updateNeed).toMatchObject({ title: need.title, endsOn: need.endsOn });
    });

    it('refuses null on a role`s required fields and keeps the rest', async () => {
      const role = need.roles.find((r) => r.kind === 'VOLUNTEER')!;
      const refused = await t.gql(UPDATE_ROLE, { roleId: role.id, input: { seats: null, title: null, skills: null, hoursPerMonth: 4 } }, alice.token);
      expect(refusedFields(refused)).toEqual(['seats', 'skills', 'title']);
      const changed = await t.gql<{ updateNeedRole: { title: string; seats: number; skills: unknown[] } }>(
        UPDATE_ROLE,
        { roleId: role.id, input: { title: 'Bookkeeper' } },
        alice.token,
      );
      expect(changed.errors).toBeUndefined();
      expect(changed.data?.updateNeedRole).toMatchObject({ title: 'Bookkeeper', seats: role.seats });
      expect(changed.data?.updateNeedRole.skills).toHaveLength(2);
    });

    // A draft need is invisible to other organizations, so they learn not even that it exists.
    it('gives another tenant nothing, whether it clears or writes hostile values', async () => {
      const cleared = await t.gql(UPDATE_NEED, { id: need.id, input: { endsOn: null } }, bob.token);
      expect(errorCode(cleared)).toBe('NOT_FOUND');
      const hostile = await t.gql(UPDATE_NEED, { id: need.id, input: { title: "'; DROP TABLE need; --", impact: '<script>x</script>' } }, bob.token);
      expect(errorCode(hostile)).toBe('NOT_FOUND');
      const role = need.roles[0];
      expect(errorCode(await t.gql(UPDATE_ROLE, { roleId: role.id, input: { seats: 50 } }, bob.token))).toBe('NOT_FOUND');
      expect((await row()).title).toBe(need.title);
    });
  });

  describe('organizations', () => {
    const row = async () => (await t.dataSource.query('SELECT name, website, description FROM organization WHERE id = $1', [nonprofitA]))[0];

    it('refuses null on the name instead of failing in the database', async () => {
      const res = await t.gql(UPDATE_ORGANIZATION, { id: nonprofitA, input: { name: null, description: null, languages: null, country: null } }, alice.token);
      expect(refusedFields(res)).toEqual(['country', 'description', 'languages', 'name']);
    });

    it('clears the website with null and keeps what is left out', async () => {
      const set = await t.gql(UPDATE_ORGANIZATION, { id: nonprofitA, input: { website: 'https://example.org', description: 'Food bank' } }, alice.token);
      expect(set.errors).toBeUndefined();
      const before = await row();
      const res = await t.gql<{ updateOrganization: { name: string; website: string | null; description: string } }>(
        UPDATE_ORGANIZATION,
        { id: nonprofitA, input: { website: null } },
        alice.token,
      );
      expect(res.data?.updateOrganization).toEqual({ id: nonprofitA, name: before.name, website: null, description: 'Food bank' });
      const kept = await t.gql(UPDATE_ORGANIZATION, { id: nonprofitA, input: {} }, alice.token);
      expect(kept.errors).toBeUndefined();
      expect(await row()).toEqual({ ...before, website: null });
    });

    it('lets another tenant clear nothing', async () => {
      await t.gql(UPDATE_ORGANIZATION, { id: nonprofitA, input: { website: 'https://example.org' } }, alice.token);
      expect(errorCode(await t.gql(UPDATE_ORGANIZATION, { id: nonprofitA, input: { website: null } }, bob.token))).toBe('FORBIDDEN');
      expect((await row()).website).toBe('https://example.org');
    });
  });

  describe('programs', () => {
    it('refuses null on the name, clears a date with null, keeps what is left out', async () => {
      await t.dataSource.query(`UPDATE program SET starts_on = '2026-04-01', ends_on = '2026-12-31' WHERE id = $1`, [programId]);
      const refused = await t.gql(UPDATE_PROGRAM, { id: programId, input: { name: null, startsOn: null } }, curator.token);
      expect(refusedFields(refused)).toEqual(['name']);
      const cleared = await t.gql<{ updateProgram: { name: string; startsOn: string | null; endsOn: string } }>(
        UPDATE_PROGRAM,
        { id: programId, input: { startsOn: null } },
        curator.token,
      );
      expect(cleared.data?.updateProgram).toMatchObject({ name: 'Social Entrepreneurs 2026', startsOn: null, endsOn: '2026-12-31' });
      expect(errorCode(await t.gql(UPDATE_PROGRAM, { id: programId, input: { endsOn: null } }, alice.token))).toBe('FORBIDDEN');
    });
  });

  describe('profiles (replaced whole on each save)', () => {
    it('refuses null on a required field by name and clears the employer with null', async () => {
      await insertSkills(t.dataSource, PROFILE_SKILLS);
      const volunteer = await signUp(t);
      const employer = await createOrganization(t, volunteer, { kind: 'COMPANY' });
      const saved = await t.gql<{ upsertVolunteerProfile: { employerId: string | null } }>(UPSERT_VOLUNTEER, { input: volunteerInput({ employerId: employer }) }, volunteer.token);
      expect(saved.data?.upsertVolunteerProfile.employerId).toBe(employer);

      const refused = await t.gql(UPSERT_VOLUNTEER, { input: volunteerInput({ country: null }) }, volunteer.token);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].message).toContain('country');

      const cleared = await t.gql<{ upsertVolunteerProfile: { employerId: string | null } }>(UPSERT_VOLUNTEER, { input: volunteerInput({ employerId: null }) }, volunteer.token);
      expect(cleared.data?.upsertVolunteerProfile.employerId).toBeNull();
    });

    it('refuses an employer the volunteer does not belong to', async () => {
      const stranger = await signUp(t);
      const company = await createOrganization(t, bob, { kind: 'COMPANY' });
      const res = await t.gql(UPSERT_VOLUNTEER, { input: volunteerInput({ employerId: company }) }, stranger.token);
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(await t.dataSource.query('SELECT 1 FROM volunteer_profile WHERE user_id = $1', [stranger.userId])).toEqual([]);
    });
  });
});
