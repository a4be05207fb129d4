import { addNeed, createWorld, person, volunteer, World } from '../lifecycle/lifecycle-world';
import { acceptMatch } from '../lifecycle/match-operations';
import { insertMatch, insertMembership, MatchStatus } from '../utils/fixtures';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';

interface PeopleView {
  status: string;
  contacts: { id: string; name: string; email: string | null }[];
  events: { action: string; actor: { name: string } | null }[];
}

const PEOPLE = `query($id: ID!) { match(id: $id) { status contacts { id name email } events { action actor { name } } } }`;

describe('the people of a match page: the nonprofit’s contacts and who did what', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
  });
  afterAll(() => t.close());

  async function matchOf(status: MatchStatus, candidateId = w.volunteer.profileId): Promise<string> {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER' }] });
    return insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId, status });
  }
  const seenBy = (token: string | undefined, id: string) => t.gql<{ match: PeopleView }>(PEOPLE, { id }, token);
  const emailOf = async (userId: string) => ((await t.dataSource.query('SELECT email FROM user_account WHERE id = $1', [userId])) as { email: string }[])[0].email;

  it('shows the candidate the nonprofit’s contact people with emails once confirmed, admins first', async () => {
    const colleague = await person(t, 'Mia Member');
    await insertMembership(t, { userId: colleague.userId, organizationId: w.nonprofitId });
    for (const status of ['CONFIRMED', 'ACTIVE', 'COMPLETED'] as const) {
      const id = await matchOf(status);
      const res = await seenBy(w.volunteer.token, id);
      expect(res.errors).toBeUndefined();
      expect(res.data?.match.contacts).toEqual([
        { id: w.nonprofit.userId, name: 'Nora Nonprofit', email: await emailOf(w.nonprofit.userId) },
        { id: colleague.userId, name: 'Mia Member', email: await emailOf(colleague.userId) },
      ]);
    }
  });

  it('gives no contacts before confirmation, to curators and to the employer’s admin, and nothing to another tenant', async () => {
    const offered = await matchOf('OFFERED');
    expect((await seenBy(w.volunteer.token, offered)).data?.match.contacts).toEqual([]);
    const confirmed = await matchOf('CONFIRMED');
    // Curators never see emails; the employer admin sees the match read-only, without the nonprofit's people.
    expect((await seenBy(w.curator.token, confirmed)).data?.match.contacts).toEqual([]);
    expect((await seenBy(w.companyAdmin.token, confirmed)).data?.match.contacts).toEqual([]);
    const stranger = await volunteer(t, 'Sam Stranger');
    for (const p of [w.otherCurator, w.outsider, stranger]) expect(errorCode(await seenBy(p.token, confirmed))).toBe('NOT_FOUND');
    expect(errorCode(await seenBy(undefined, confirmed))).toBe('UNAUTHENTICATED');
  });

  it('names who took each step in the timeline, and nobody for the system', async () => {
    const id = await matchOf('OFFERED');
    await t.dataSource.query(`INSERT INTO match_event (match_id, action, from_status, to_status) VALUES ($1, 'APPROVE', 'PROPOSED', 'OFFERED')`, [id]);
    expect((await acceptMatch(t, w.nonprofit.token, id, 1)).errors).toBeUndefined();
    expect((await acceptMatch(t, w.volunteer.token, id, 2)).errors).toBeUndefined();
    const res = await seenBy(w.volunteer.token, id);
    expect(res.data?.match.events.map((e) => [e.action, e.actor?.name ?? null])).toEqual([
      ['APPROVE', null],
      ['ACCEPT', 'Nora Nonprofit'],
      ['ACCEPT', 'Vera Volunteer'],
    ]);
  });
});
