import { DomainEvent, DomainEvents } from '../../src/common/events/domain-events';
import { insertIntermediary, insertMembership, insertSkills } from '../utils/fixtures';
import { createOrganization, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, errorFields, TestApp } from '../utils/test-app';
import {
  affiliatePerson,
  MENTOR_FIELDS,
  mentorInput,
  MentorView,
  offerCandidate,
  SKILLS,
  UPSERT_MENTOR,
  UPSERT_VOLUNTEER,
  upsertMentor,
  upsertVolunteer,
  VOLUNTEER_FIELDS,
  volunteerInput,
  VolunteerView,
} from './supply-operations';

const VOLUNTEER = `query($id: ID!) { volunteerProfile(id: $id) { ${VOLUNTEER_FIELDS} } }`;
const VOLUNTEERS = `query($filter: VolunteerProfileFilter) { volunteerProfiles(filter: $filter, first: 100) { totalCount nodes { id } } }`;
const MENTOR = `query($id: ID!) { mentorProfile(id: $id) { ${MENTOR_FIELDS} } }`;
const MENTORS = `query($filter: MentorProfileFilter) { mentorProfiles(filter: $filter, first: 100) { totalCount nodes { id } } }`;

const ids = (res: { data?: Record<string, { nodes: { id: string }[] }> | null }, key: string) => res.data?.[key]?.nodes.map((n) => n.id) ?? [];
const skillRows = async (t: TestApp, table: 'volunteer_skill' | 'mentor_skill', profileId: string) =>
  (await t.dataSource.query(`SELECT skill_id, level FROM ${table} WHERE profile_id = $1 ORDER BY skill_id`, [profileId])) as { skill_id: string; level: number }[];

describe('volunteer profiles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await insertSkills(t.dataSource, SKILLS);
  });
  afterAll(() => t.close());

  it('creates the signed-in user’s profile, then replaces it and its skills without duplicates', async () => {
    const ayumi = await signUp(t, { name: 'Ayumi Sato' });
    const created = await upsertVolunteer(t, ayumi, {
      skills: [
        { skillId: 'financial-modeling', level: 4 },
        { skillId: 'ux-research', level: 2 },
      ],
    });
    expect(created).toMatchObject({ userId: ayumi.userId, country: 'JP', languages: ['en', 'ja'], user: { name: 'Ayumi Sato' }, employer: null });
    expect(created.skills).toEqual([
      { level: 4, skill: { id: 'financial-modeling', name: 'Financial modeling' } },
      { level: 2, skill: { id: 'ux-research', name: 'Ux research' } },
    ]);

    const updated = await upsertVolunteer(t, ayumi, {
      headline: 'Brand and finance',
      country: 'de',
      skills: [
        { skillId: 'financial-modeling', level: 5 },
        { skillId: 'brand-strategy', level: 3 },
      ],
    });
    expect(updated.id).toBe(created.id);
    expect(updated).toMatchObject({ headline: 'Brand and finance', country: 'DE' });
    expect(await skillRows(t, 'volunteer_skill', created.id)).toEqual([
      { skill_id: 'brand-strategy', level: 3 },
      { skill_id: 'financial-modeling', level: 5 },
    ]);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM volunteer_profile WHERE user_id = $1', [ayumi.userId]);
    expect(count).toBe(1);

    const mine = await t.gql<{ myVolunteerProfile: { id: string } }>(`{ myVolunteerProfile { id } }`, {}, ayumi.token);
    expect(mine.data?.myVolunteerProfile.id).toBe(created.id);
  });

  it('answers null for myVolunteerProfile before one exists', async () => {
    const newcomer = await signUp(t);
    const mine = await t.gql(`{ myVolunteerProfile { id } }`, {}, newcomer.token);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.myVolunteerProfile).toBeNull();
  });

  it.each([
    ['an unknown country', { country: 'XX' }, ['country']],
    ['a language that is not ISO 639-1', { languages: ['english'] }, ['languages']],
    ['no language', { languages: [] }, ['languages']],
    ['a skill level of 6', { skills: [{ skillId: 'financial-modeling', level: 6 }] }, ['skills.0.level']],
    [
      'the same skill twice',
      {
        skills: [
          { skillId: 'ux-research', level: 2 },
          { skillId: 'ux-research', level: 3 },
        ],
      },
      ['skills'],
    ],
    ['no skill', { skills: [] }, ['skills']],
    ['neither remote nor on site', { remoteOk: false, onSiteOk: false }, ['remoteOk', 'onSiteOk']],
    ['a time zone that does not exist', { timeZone: 'Mars/Olympus_Mons' }, ['timeZone']],
    ['more than 200 hours a month', { hoursPerMonth: 201 }, ['hoursPerMonth']],
    ['more than 10 engagements', { maxConcurrentEngagements: 11 }, ['maxConcurrentEngagements']],
  ])('refuses %s, naming the field and writing nothing', async (_case, overrides, fields) => {
    const s = await signUp(t);
    const res = await t.gql(UPSERT_VOLUNTEER, { input: volunteerInput(overrides) }, s.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorFields(res).sort()).toEqual([...fields].sort());
    expect(await t.dataSource.query('SELECT 1 FROM volunteer_profile WHERE user_id = $1', [s.userId])).toHaveLength(0);
  });

  it('refuses an unknown skill, naming its id, and keeps the previous skills', async () => {
    const s = await signUp(t);
    const before = await upsertVolunteer(t, s);
    const res = await t.gql(
      UPSERT_VOLUNTEER,
      {
        input: volunteerInput({
          headline: 'changed',
          skills: [
            { skillId: 'ux-research', level: 3 },
            { skillId: 'underwater-welding', level: 2 },
          ],
        }),
      },
      s.token,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorFields(res)).toEqual(['skills.1.skillId']);
    expect(res.errors?.[0]?.message).toContain('underwater-welding');
    expect(await skillRows(t, 'volunteer_skill', before.id)).toEqual([{ skill_id: 'financial-modeling', level: 4 }]);
    const [row] = await t.dataSource.query('SELECT headline FROM volunteer_profile WHERE id = $1', [before.id]);
    expect(row.headline).toBe('Finance lead');
  });

  it('accepts as employer only a company the user is a member of', async () => {
    const owner = await signUp(t);
    const employee = await signUp(t);
    const company = await createOrganization(t, owner, { kind: 'COMPANY', name: 'Acme KK' });
    const nonprofit = await createOrganization(t, employee, { kind: 'NONPROFIT' });

    const notCompany = await t.gql(UPSERT_VOLUNTEER, { input: volunteerInput({ employerId: nonprofit }) }, employee.token);
    expect(errorCode(notCompany)).toBe('BAD_USER_INPUT');
    expect(errorFields(notCompany)).toEqual(['employerId']);

    const unknown = await t.gql(UPSERT_VOLUNTEER, { input: volunteerInput({ employerId: '00000000-0000-4000-8000-000000000000' }) }, employee.token);
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(errorFields(unknown)).toEqual(['employerId']);

    const notMember = await t.gql(UPSERT_VOLUNTEER, { input: volunteerInput({ employerId: company }) }, employee.token);
    expect(errorCode(notMember)).toBe('FORBIDDEN');
    expect(await t.dataSource.query('SELECT 1 FROM volunteer_profile WHERE user_id = $1', [employee.userId])).toHaveLength(0);

    await insertMembership(t, { userId: employee.userId, organizationId: company });
    const ok = await upsertVolunteer(t, employee, { employerId: company });
    expect(ok.employer).toEqual({ id: company, name: 'Acme KK' });
  });

  it('refuses lowering the engagement limit below the active engagements', async () => {
    const s = await signUp(t);
    const profile = await upsertVolunteer(t, s, { maxConcurrentEngagements: 3 });
    await t.dataSource.query('UPDATE volunteer_profile SET active_engagements = 2 WHERE id = $1', [profile.id]);
    const res = await t.gql(UPSERT_VOLUNTEER, { input: volunteerInput({ maxConcurrentEngagements: 1 }) }, s.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorFields(res)).toEqual(['maxConcurrentEngagements']);
    await upsertVolunteer(t, s, { maxConcurrentEngagements: 2 });
  });

  describe('who can read a profile', () => {
    let owner: Session;
    let other: Session;
    let profile: VolunteerView;
    beforeAll(async () => {
      owner = await signUp(t, { name: 'Kenji Watanabe' });
      other = await signUp(t);
      profile = await upsertVolunteer(t, owner, { languages: ['pt'], country: 'BR', skills: [{ skillId: 'grant-writing', level: 3 }] });
      await upsertVolunteer(t, other);
    });

    it('the owner reads their own profile', async () => {
      const res = await t.gql<{ volunteerProfile: VolunteerView }>(VOLUNTEER, { id: profile.id }, owner.token);
      expect(res.data?.volunteerProfile.id).toBe(profile.id);
    });

    it('another user gets NOT_FOUND and does not see it in the list', async () => {
      expect(errorCode(await t.gql(VOLUNTEER, { id: profile.id }, other.token))).toBe('NOT_FOUND');
      const list = await t.gql<{ volunteerProfiles: { nodes: { id: string }[] } }>(VOLUNTEERS, {}, other.token);
      expect(list.errors).toBeUndefined();
      expect(ids(list, 'volunteerProfiles')).not.toContain(profile.id);
      expect(list.data?.volunteerProfiles.nodes).toHaveLength(1);
    });

    it('a curator of another intermediary gets NOT_FOUND and does not see it in the list', async () => {
      const curator = await signUp(t);
      await insertIntermediary(t, { curatorId: curator.userId, curatorRole: 'MEMBER' });
      expect(errorCode(await t.gql(VOLUNTEER, { id: profile.id }, curator.token))).toBe('NOT_FOUND');
      expect(ids(await t.gql(VOLUNTEERS, { filter: { search: 'watanabe' } }, curator.token), 'volunteerProfiles')).toEqual([]);
    });

    it('a curator of an intermediary the volunteer is affiliated with reads it and finds it by skill, language, country and name', async () => {
      const curator = await signUp(t);
      await affiliatePerson(t, owner, await insertIntermediary(t, { curatorId: curator.userId, curatorRole: 'MEMBER' }));
      const res = await t.gql<{ volunteerProfile: VolunteerView }>(VOLUNTEER, { id: profile.id }, curator.token);
      expect(res.data?.volunteerProfile.user.name).toBe('Kenji Watanabe');
      for (const filter of [{ skillId: 'grant-writing' }, { language: 'PT' }, { country: 'BR' }, { search: 'watanabe' }]) {
        expect(ids(await t.gql(VOLUNTEERS, { filter }, curator.token), 'volunteerProfiles')).toEqual([profile.id]);
      }
      expect(ids(await t.gql(VOLUNTEERS, { filter: { skillId: 'grant-writing', country: 'JP' } }, curator.token), 'volunteerProfiles')).toEqual([]);
    });

    it('a nonprofit sees the profile once it was offered to one of its needs', async () => {
      const nonprofitMember = await signUp(t);
      const nonprofit = await createOrganization(t, nonprofitMember, { kind: 'NONPROFIT' });
      expect(errorCode(await t.gql(VOLUNTEER, { id: profile.id }, nonprofitMember.token))).toBe('NOT_FOUND');
      await offerCandidate(t, nonprofit, { kind: 'VOLUNTEER', id: profile.id });
      const res = await t.gql<{ volunteerProfile: VolunteerView }>(VOLUNTEER, { id: profile.id }, nonprofitMember.token);
      expect(res.data?.volunteerProfile.id).toBe(profile.id);
      expect(ids(await t.gql(VOLUNTEERS, {}, nonprofitMember.token), 'volunteerProfiles')).toEqual([profile.id]);
    });
  });
});

describe('mentor profiles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await insertSkills(t.dataSource, SKILLS);
  });
  afterAll(() => t.close());

  it('creates and replaces a mentor profile with its expertise', async () => {
    const s = await signUp(t, { name: 'Lena Vogel' });
    const created = await upsertMentor(t, s, {
      expertise: [
        { skillId: 'brand-strategy', level: 5 },
        { skillId: 'grant-writing', level: 3 },
      ],
    });
    expect(created).toMatchObject({ userId: s.userId, menteeCapacity: 3, user: { name: 'Lena Vogel' } });
    expect(created.expertise.map((e) => [e.skill.id, e.level])).toEqual([
      ['brand-strategy', 5],
      ['grant-writing', 3],
    ]);
    const updated = await upsertMentor(t, s, { menteeCapacity: 20, expertise: [{ skillId: 'grant-writing', level: 4 }] });
    expect(updated.id).toBe(created.id);
    expect(updated.menteeCapacity).toBe(20);
    expect(await skillRows(t, 'mentor_skill', created.id)).toEqual([{ skill_id: 'grant-writing', level: 4 }]);
    const mine = await t.gql<{ myMentorProfile: { id: string } }>(`{ myMentorProfile { id } }`, {}, s.token);
    expect(mine.data?.myMentorProfile.id).toBe(created.id);
  });

  it.each([
    ['a capacity of 21 mentees', { menteeCapacity: 21 }, ['menteeCapacity']],
    ['a capacity of 0 mentees', { menteeCapacity: 0 }, ['menteeCapacity']],
    ['an expertise level of 6', { expertise: [{ skillId: 'brand-strategy', level: 6 }] }, ['expertise.0.level']],
    [
      'the same expertise twice',
      {
        expertise: [
          { skillId: 'brand-strategy', level: 2 },
          { skillId: 'brand-strategy', level: 4 },
        ],
      },
      ['expertise'],
    ],
    ['an unknown expertise', { expertise: [{ skillId: 'alchemy', level: 2 }] }, ['expertise.0.skillId']],
    ['an unknown country', { country: 'QQ' }, ['country']],
    ['a bad language', { languages: ['xx'] }, ['languages']],
  ])('refuses %s, naming the field and writing nothing', async (_case, overrides, fields) => {
    const s = await signUp(t);
    const res = await t.gql(UPSERT_MENTOR, { input: mentorInput(overrides) }, s.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorFields(res)).toEqual(fields);
    expect(await t.dataSource.query('SELECT 1 FROM mentor_profile WHERE user_id = $1', [s.userId])).toHaveLength(0);
  });

  it('hides a mentor from other users and curators of other intermediaries, and shows it to the curators of its intermediary', async () => {
    const mentor = await signUp(t);
    const other = await signUp(t);
    const curator = await signUp(t);
    const stranger = await signUp(t);
    await insertIntermediary(t, { curatorId: stranger.userId, curatorRole: 'MEMBER' });
    const profile: MentorView = await upsertMentor(t, mentor);

    expect(errorCode(await t.gql(MENTOR, { id: profile.id }, other.token))).toBe('NOT_FOUND');
    expect(ids(await t.gql(MENTORS, {}, other.token), 'mentorProfiles')).toEqual([]);
    expect(errorCode(await t.gql(MENTOR, { id: profile.id }, curator.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(MENTOR, { id: profile.id }, stranger.token))).toBe('NOT_FOUND');
    await affiliatePerson(t, mentor, await insertIntermediary(t, { curatorId: curator.userId, curatorRole: 'MEMBER' }));
    expect(errorCode(await t.gql(MENTOR, { id: profile.id }, stranger.token))).toBe('NOT_FOUND');

    const read = await t.gql<{ mentorProfile: MentorView }>(MENTOR, { id: profile.id }, curator.token);
    expect(read.data?.mentorProfile.expertise[0]?.skill.id).toBe('brand-strategy');
    expect(ids(await t.gql(MENTORS, { filter: { skillId: 'brand-strategy', cause: 'HEALTH' } }, curator.token), 'mentorProfiles')).toContain(profile.id);
    expect(ids(await t.gql(MENTORS, { filter: { cause: 'ENVIRONMENT' } }, curator.token), 'mentorProfiles')).not.toContain(profile.id);
  });
});

describe('profile.changed events', () => {
  let t: TestApp;
  const seen: { event: DomainEvent; committed: boolean }[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    await insertSkills(t.dataSource, SKILLS);
    // Reading through another connection proves the event comes after the commit, not inside the transaction.
    t.app.get(DomainEvents).on('profile.changed', async (event) => {
      const table = event.kind === 'VOLUNTEER' ? 'volunteer_profile' : 'mentor_profile';
      const rows: unknown[] = await t.dataSource.query(`SELECT 1 FROM ${table} WHERE id = $1`, [event.profileId]);
      seen.push({ event, committed: rows.length === 1 });
    });
  });
  afterAll(() => t.close());
  beforeEach(() => {
    seen.length = 0;
  });

  it('is emitted after a volunteer profile is saved', async () => {
    const s = await signUp(t);
    const profile = await upsertVolunteer(t, s);
    expect(seen).toEqual([{ event: { type: 'profile.changed', kind: 'VOLUNTEER', profileId: profile.id, actorUserId: s.userId }, committed: true }]);
  });

  it('is emitted after a mentor profile is saved', async () => {
    const s = await signUp(t);
    const profile = await upsertMentor(t, s);
    expect(seen).toEqual([{ event: { type: 'profile.changed', kind: 'MENTOR', profileId: profile.id, actorUserId: s.userId }, committed: true }]);
  });

  it('is not emitted when the change is refused', async () => {
    const s = await signUp(t);
    const res = await t.gql(UPSERT_VOLUNTEER, { input: volunteerInput({ skills: [{ skillId: 'no-such-skill', level: 1 }] }) }, s.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(seen).toEqual([]);
  });

  it('is recorded in the outbox with the change it announces, and not for a refused change', async () => {
    const s = await signUp(t);
    const profile = await upsertVolunteer(t, s);
    const outbox = () => t.dataSource.query(`SELECT dispatched_at FROM domain_event WHERE type = 'profile.changed' AND payload ->> 'profileId' = $1`, [profile.id]);
    expect(await outbox()).toEqual([{ dispatched_at: expect.any(Date) }]);

    const refused = await t.gql(UPSERT_VOLUNTEER, { input: volunteerInput({ skills: [{ skillId: 'no-such-skill', level: 1 }] }) }, s.token);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(await outbox()).toHaveLength(1);
  });
});
