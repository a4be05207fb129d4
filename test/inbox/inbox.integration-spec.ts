import { FollowUpsService } from '../../src/follow-ups/follow-ups.service';
import { declineInterest, raiseInterest } from '../interests/interest-operations';
import { addNeed, createWorld, World } from '../lifecycle/lifecycle-world';
import { acceptMatch, ok } from '../lifecycle/match-operations';
import { insertMatch } from '../utils/fixtures';
import { createTestApp, TestApp } from '../utils/test-app';

const INBOX = `{ inbox { proposalsToReview { count since deadline } offersToAnswer { count since deadline } needOffersToAnswer { count deadline }
  hoursToConfirm { count since } interestsToReview { count since } followUpsToAnswer { count since } unreadMessages } }`;
const LOG = `mutation($matchId: ID!, $input: LogHoursInput!) { logHours(matchId: $matchId, input: $input) { id } }`;
const ANSWER = `mutation($matchId: ID!) { answerFollowUp(matchId: $matchId, answer: YES) { id } }`;
const CONFIRM = `mutation($id: ID!) { confirmHours(id: $id) { id status } }`;

interface Item {
  count: number;
  since: string | null;
  deadline: string | null;
}
interface Inbox {
  proposalsToReview: Item;
  offersToAnswer: Item;
  needOffersToAnswer: Item;
  hoursToConfirm: Item;
  interestsToReview: Item;
  followUpsToAnswer: Item;
  unreadMessages: number;
}

/** Each person's inbox counts only what waits for them, on their side, where they may see it. */
describe('inbox', () => {
  let t: TestApp;
  let w: World;
  const inboxOf = async (token: string): Promise<Inbox> => ok(await t.gql<{ inbox: Inbox }>(INBOX, {}, token), 'inbox');
  const counts = async (token: string) => {
    const i = await inboxOf(token);
    return [i.proposalsToReview.count, i.offersToAnswer.count, i.needOffersToAnswer.count, i.hoursToConfirm.count];
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
  });
  afterAll(() => t.close());

  it('is empty for everyone before anything happens', async () => {
    for (const p of [w.curator, w.nonprofit, w.volunteer, w.outsider, w.funder, w.companyAdmin]) {
      expect(await inboxOf(p.token)).toEqual({
        proposalsToReview: { count: 0, since: null, deadline: null },
        offersToAnswer: { count: 0, since: null, deadline: null },
        needOffersToAnswer: { count: 0, deadline: null },
        hoursToConfirm: { count: 0, since: null },
        interestsToReview: { count: 0, since: null },
        followUpsToAnswer: { count: 0, since: null },
        unreadMessages: 0,
      });
    }
  });

  it('shows a proposal to its curators only, not to the sides it has not reached', async () => {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER' }] });
    const id = await insertMatch(t, { roleId: roleIds[0], candidateId: w.volunteer.profileId, status: 'PROPOSED' });
    const curator = await inboxOf(w.curator.token);
    expect(curator.proposalsToReview.count).toBe(1);
    expect(curator.proposalsToReview.since).not.toBeNull();
    for (const p of [w.otherCurator, w.nonprofit, w.volunteer, w.outsider]) expect(await counts(p.token)).toEqual([0, 0, 0, 0]);
    await t.dataSource.query(`UPDATE match SET status = 'REJECTED' WHERE id = $1`, [id]);
    expect((await inboxOf(w.curator.token)).proposalsToReview.count).toBe(0);
  });

  it('shows an offer to each side until that side answers, with its deadline', async () => {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER' }] });
    const id = await insertMatch(t, { roleId: roleIds[0], candidateId: w.volunteer.profileId, status: 'OFFERED' });
    const { expires_at: expiresAt } = ((await t.dataSource.query('SELECT expires_at FROM match WHERE id = $1', [id])) as { expires_at: Date }[])[0];
    const volunteer = await inboxOf(w.volunteer.token);
    expect(volunteer.offersToAnswer).toMatchObject({ count: 1, deadline: expiresAt.toISOString() });
    expect(volunteer.needOffersToAnswer.count).toBe(0);
    expect((await inboxOf(w.nonprofit.token)).needOffersToAnswer).toEqual({ count: 1, deadline: expiresAt.toISOString() });
    expect(await counts(w.outsider.token)).toEqual([0, 0, 0, 0]);
    expect(await counts(w.mentor.token)).toEqual([0, 0, 0, 0]);

    ok(await acceptMatch(t, w.volunteer.token, id, 1), 'acceptMatch');
    expect((await inboxOf(w.volunteer.token)).offersToAnswer.count).toBe(0);
    expect((await inboxOf(w.nonprofit.token)).needOffersToAnswer.count).toBe(1);
    ok(await acceptMatch(t, w.nonprofit.token, id, 2), 'acceptMatch');
    expect((await inboxOf(w.nonprofit.token)).needOffersToAnswer.count).toBe(0);
  });

  it('counts a funding offer for the funder’s members', async () => {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'FUNDING', amount: 4000 }] });
    await insertMatch(t, { roleId: roleIds[0], kind: 'FUNDING', candidateId: w.offerId, status: 'OFFERED' });
    expect((await inboxOf(w.funder.token)).offersToAnswer.count).toBe(1);
    expect((await inboxOf(w.volunteer.token)).offersToAnswer.count).toBe(0);
  });

  it('asks the nonprofit, and no one else, to confirm logged hours', async () => {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER' }] });
    const matchId = await insertMatch(t, { roleId: roleIds[0], candidateId: w.volunteer.profileId, status: 'ACTIVE' });
    const log = ok(await t.gql<{ logHours: { id: string } }>(LOG, { matchId, input: { workedOn: '2025-03-10', hours: 3, note: '' } }, w.volunteer.token), 'logHours');
    const nonprofit = await inboxOf(w.nonprofit.token);
    expect(nonprofit.hoursToConfirm.count).toBe(1);
    expect(nonprofit.hoursToConfirm.since).not.toBeNull();
    for (const p of [w.volunteer, w.outsider, w.companyAdmin, w.otherCurator]) expect((await inboxOf(p.token)).hoursToConfirm.count).toBe(0);
    ok(await t.gql(CONFIRM, { id: log.id }, w.nonprofit.token), 'confirmHours');
    expect((await inboxOf(w.nonprofit.token)).hoursToConfirm.count).toBe(0);
  });

  it('counts unread messages like unreadMessageCount', async () => {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER' }] });
    const matchId = await insertMatch(t, { roleId: roleIds[0], candidateId: w.volunteer.profileId, status: 'CONFIRMED' });
    ok(await t.gql(`mutation($matchId: ID!) { postMessage(matchId: $matchId, body: "Hello <b>there</b>") { id } }`, { matchId }, w.nonprofit.token), 'postMessage');
    expect((await inboxOf(w.volunteer.token)).unreadMessages).toBe(1);
    expect((await inboxOf(w.nonprofit.token)).unreadMessages).toBe(0);
    expect((await inboxOf(w.outsider.token)).unreadMessages).toBe(0);
  });

  it('shows a raised hand to the need’s curators and nonprofit until answered, never to the volunteer who raised it', async () => {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER' }] });
    const interest = ok(await raiseInterest(t, w.volunteer.token, roleIds[0], 'I can help'), 'raiseInterest');
    for (const p of [w.curator, w.nonprofit]) expect((await inboxOf(p.token)).interestsToReview).toMatchObject({ count: 1, since: expect.any(String) });
    for (const p of [w.volunteer, w.otherCurator, w.outsider, w.companyAdmin]) expect((await inboxOf(p.token)).interestsToReview.count).toBe(0);
    ok(await declineInterest(t, w.nonprofit.token, interest.id), 'declineInterest');
    expect((await inboxOf(w.curator.token)).interestsToReview.count).toBe(0);
  });

  it('asks the nonprofit, and no one else, to answer a due follow-up question until it does', async () => {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER' }] });
    const matchId = await insertMatch(t, { roleId: roleIds[0], candidateId: w.volunteer.profileId, status: 'COMPLETED' });
    expect((await inboxOf(w.nonprofit.token)).followUpsToAnswer.count).toBe(0);
    expect(await t.app.get(FollowUpsService).ask(matchId)).toBe('asked');
    expect((await inboxOf(w.nonprofit.token)).followUpsToAnswer).toMatchObject({ count: 1, since: expect.any(String) });
    for (const p of [w.volunteer, w.curator, w.outsider, w.companyAdmin]) expect((await inboxOf(p.token)).followUpsToAnswer.count).toBe(0);
    ok(await t.gql(ANSWER, { matchId }, w.nonprofit.token), 'answerFollowUp');
    expect((await inboxOf(w.nonprofit.token)).followUpsToAnswer.count).toBe(0);
  });

  it('refuses anyone not signed in', async () => {
    const res = await t.gql(INBOX, {}, '');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
