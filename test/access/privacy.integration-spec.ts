import { insertAffiliation, insertIntermediary, insertMatch, insertMentor, insertNeed, insertVolunteer } from '../utils/fixtures';
import { createOrganization, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';

/**
 * Private by default (issue 9, item 7), attacked through the API: a curator sees only people
 * affiliated with their intermediary or its network, and an email shows to the other side of a
 * match only once both sides have agreed.
 */
describe('privacy by default', () => {
  let t: TestApp;
  const one = async <T>(sql: string, params: unknown[]) => ((await t.dataSource.query(sql, params)) as T[])[0];
  const intermediary = (curator: Session, name: string) => insertIntermediary(t, { name, languages: [], curatorId: curator.userId });

  beforeAll(async () => {
    t = await createTestApp();
  }, 60_000);
  afterAll(() => t.close());

  describe('curators see the people of their intermediary and its network', () => {
    const PROFILE = `query($id: ID!) { volunteerProfile(id: $id) { id user { id email } } }`;
    let employee: Session;
    let profileId: string;
    let own: Session;
    let partner: Session;
    let outsider: Session;

    beforeAll(async () => {
      [employee, own, partner, outsider] = [await signUp(t), await signUp(t), await signUp(t), await signUp(t)];
      const ownId = await intermediary(own, 'Own');
      const partnerId = await intermediary(partner, 'Partner');
      await intermediary(outsider, 'Outsider');
      const network = await one<{ id: string }>(`INSERT INTO network (name) VALUES ('Pro bono Asia') RETURNING id`, []);
      await t.dataSource.query(`INSERT INTO network_member (network_id, organization_id) VALUES ($1, $2), ($1, $3)`, [network.id, ownId, partnerId]);
      const companyId = await createOrganization(t, employee, { kind: 'COMPANY' });
      await insertAffiliation(t, { intermediaryId: ownId, organizationId: companyId });
      profileId = await insertVolunteer(t, { userId: employee.userId, employerId: companyId, languages: ['ja'] });
    });

    it('the curator of the intermediary the employer is affiliated with sees the profile, without the email', async () => {
      const res = await t.gql<{ volunteerProfile: { id: string; user: { email: string | null } } }>(PROFILE, { id: profileId }, own.token);
      expect(res.data?.volunteerProfile).toEqual({ id: profileId, user: { id: employee.userId, email: null } });
    });

    it('a curator of a partner in the same network sees it too', async () => {
      const res = await t.gql<{ volunteerProfile: { id: string } }>(PROFILE, { id: profileId }, partner.token);
      expect(res.data?.volunteerProfile.id).toBe(profileId);
    });

    it('a curator of an intermediary outside the network gets NOT_FOUND, and an empty list', async () => {
      expect(errorCode(await t.gql(PROFILE, { id: profileId }, outsider.token))).toBe('NOT_FOUND');
      const list = await t.gql<{ volunteerProfiles: { nodes: { id: string }[] } }>(`{ volunteerProfiles(first: 100) { nodes { id } } }`, {}, outsider.token);
      expect(list.data?.volunteerProfiles.nodes).toEqual([]);
    });

    it('account settings of the person stay hidden from a curator reaching them, shown to the person', async () => {
      await t.dataSource.query(`UPDATE user_account SET is_platform_admin = true, muted_notification_kinds = '{MATCH_OFFERED}' WHERE id = $1`, [employee.userId]);
      const SETTINGS = `query($id: ID!) { volunteerProfile(id: $id) { user { isPlatformAdmin mutedNotificationKinds } } }`;
      const seen = await t.gql<{ volunteerProfile: { user: unknown } }>(SETTINGS, { id: profileId }, own.token);
      expect(seen.data?.volunteerProfile.user).toEqual({ isPlatformAdmin: false, mutedNotificationKinds: [] });
      const mine = await t.gql<{ me: unknown }>(`{ me { isPlatformAdmin mutedNotificationKinds } }`, {}, employee.token);
      expect(mine.data?.me).toEqual({ isPlatformAdmin: true, mutedNotificationKinds: ['MATCH_OFFERED'] });
    });

    it('the employee reads their own email', async () => {
      const res = await t.gql<{ me: { email: string | null } }>(`{ me { email } }`, {}, employee.token);
      expect(res.data?.me.email).toContain('@');
    });
  });

  it('answers signing in with the whole account of the person signing in, before any token exists', async () => {
    const email = `own.${Date.now()}@example.org`;
    const person = await signUp(t, { email, password: 'correct horse battery' });
    const companyId = await createOrganization(t, person, { kind: 'COMPANY' });
    const profile = { id: await insertVolunteer(t, { userId: person.userId, languages: ['ja'] }) };
    const res = await t.gql<{ signIn: { user: { email: string; memberships: { organizationId: string }[]; volunteerProfile: { id: string } | null } } }>(
      `mutation($input: SignInInput!) { signIn(input: $input) { user { email memberships { organizationId } volunteerProfile { id } } } }`,
      { input: { email, password: 'correct horse battery' } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.signIn.user).toEqual({ email, memberships: [{ organizationId: companyId }], volunteerProfile: { id: profile.id } });
  });

  describe('the other side of a match sees an email once both sides agreed', () => {
    const MATCH = `query($id: ID!) { match(id: $id) { status mentorProfile { id user { email } } } }`;
    const ACCEPT = `mutation($id: ID!, $version: Int!) { acceptMatch(id: $id, version: $version) { status version } }`;
    let nonprofit: Session;
    let mentor: Session;
    let matchId: string;

    beforeAll(async () => {
      [nonprofit, mentor] = [await signUp(t), await signUp(t)];
      const nonprofitId = await createOrganization(t, nonprofit, { kind: 'NONPROFIT' });
      const { roleIds } = await insertNeed(t, { nonprofitId, title: 'Plan', summary: 'A plan', roles: [{ kind: 'MENTOR', title: 'Mentor', hoursPerMonth: 2 }] });
      const profileId = await insertMentor(t, { userId: mentor.userId, country: 'JP', languages: ['ja'], capacity: 2 });
      matchId = await insertMatch(t, { roleId: roleIds[0], kind: 'MENTOR', candidateId: profileId, status: 'OFFERED', score: 0, explanation: '' });
    });

    const emailSeenBy = async (session: Session) => {
      const res = await t.gql<{ match: { status: string; mentorProfile: { user: { email: string | null } } | null } }>(MATCH, { id: matchId }, session.token);
      expect(res.errors).toBeUndefined();
      return res.data?.match.mentorProfile?.user.email;
    };

    it('hides the mentor’s email from the nonprofit while the match is only offered, or accepted by one side', async () => {
      expect(await emailSeenBy(nonprofit)).toBeNull();
      const accepted = await t.gql<{ acceptMatch: { status: string; version: number } }>(ACCEPT, { id: matchId, version: 1 }, nonprofit.token);
      expect(accepted.data?.acceptMatch.status).toBe('OFFERED');
      expect(await emailSeenBy(nonprofit)).toBeNull();
    });

    it('shows it once the mentor accepts too and the match is CONFIRMED', async () => {
      const [{ version }] = (await t.dataSource.query('SELECT version FROM match WHERE id = $1', [matchId])) as { version: number }[];
      const confirmed = await t.gql<{ acceptMatch: { status: string } }>(ACCEPT, { id: matchId, version }, mentor.token);
      expect(confirmed.data?.acceptMatch.status).toBe('CONFIRMED');
      expect(await emailSeenBy(nonprofit)).toContain('@');
    });
  });
});
