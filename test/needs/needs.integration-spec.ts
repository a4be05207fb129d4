import { DomainEvent, DomainEvents } from '../../src/common/events/domain-events';
import { insertIntermediary, insertMatch, insertProgram, insertSkills, insertVolunteer } from '../utils/fixtures';
import { createOrganization, organizationWithAdmin, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, errorFields, TestApp } from '../utils/test-app';
import {
  ADD_ROLE,
  CANCEL_NEED,
  createNeed,
  NEED,
  needInput,
  NeedOut,
  NEEDS,
  PUBLISH_NEED,
  publishNeed,
  REMOVE_ROLE,
  RoleOut,
  SKILLS,
  UPDATE_NEED,
  UPDATE_ROLE,
} from './need-fixtures';

interface NeedsPage {
  needs: { totalCount: number; nodes: { id: string; title: string; status: string }[] };
}

describe('needs and their roles', () => {
  let t: TestApp;
  let alice: Session; // member of nonprofit A
  let bob: Session; // member of nonprofit B
  let volunteer: Session; // no organization
  let curator: Session; // member of the intermediary that runs A's program
  let nonprofitA: string;
  let nonprofitB: string;
  let intermediaryId: string;
  let programId: string;
  const published: DomainEvent[] = [];

  const idsOf = (res: { data?: NeedsPage | null }) => res.data?.needs.nodes.map((n) => n.id) ?? [];
  const list = (session: Session, filter: Record<string, unknown> = {}) => t.gql<NeedsPage>(NEEDS, { filter, first: 100 }, session.token);
  const needRow = async (id: string) => (await t.dataSource.query('SELECT status, title, updated_at FROM need WHERE id = $1', [id]))[0];

  beforeAll(async () => {
    t = await createTestApp();
    t.app.get(DomainEvents).on('need.published', (e) => void published.push(e));
    await insertSkills(t.dataSource, SKILLS);
    ({ admin: alice, id: nonprofitA } = await organizationWithAdmin(t, 'NONPROFIT'));
    ({ admin: bob, id: nonprofitB } = await organizationWithAdmin(t, 'NONPROFIT', { country: 'DE' }));
    volunteer = await signUp(t);
    curator = await signUp(t);
    intermediaryId = await insertIntermediary(t, { curatorId: curator.userId, name: 'Pro Bono Hub' });
    programId = await insertProgram(t, { intermediaryId, name: 'Social Entrepreneurs 2026', participants: [{ organizationId: nonprofitA, role: 'COHORT' }] });
  });
  afterAll(() => t.close());

  describe('the whole flow', () => {
    let need: NeedOut;
    let other: NeedOut;

    it('creates a DRAFT with its roles, skills, nonprofit and program', async () => {
      need = await createNeed(t, alice, needInput(nonprofitA, { programId }));
      expect(need).toMatchObject({
        status: 'DRAFT',
        publishedAt: null,
        nonprofit: { id: nonprofitA },
        program: { id: programId, name: 'Social Entrepreneurs 2026' },
      });
      expect(need.roles.map((r) => [r.kind, r.title, r.seats, r.seatsOpen, r.amount])).toEqual([
        ['VOLUNTEER', 'Accountant', 2, 2, null],
        ['FUNDING', 'Seed money', 1, 1, 5000],
      ]);
      expect(need.roles[0].skills).toEqual([
        { level: 4, weight: 5, skill: { id: 'financial-planning', name: 'Financial planning' } },
        { level: 2, weight: 1, skill: { id: 'grant-writing', name: 'Grant writing' } },
      ]);
      const [row] = await t.dataSource.query('SELECT created_by_id FROM need WHERE id = $1', [need.id]);
      expect(row.created_by_id).toBe(alice.userId);
    });

    it('adds a role, listed after the first ones', async () => {
      const res = await t.gql<{ addNeedRole: RoleOut & { need: { id: string } } }>(
        ADD_ROLE,
        { needId: need.id, input: { kind: 'MENTOR', title: 'Finance mentor', hoursPerMonth: 4, skills: [{ skillId: 'financial-planning', level: 5 }] } },
        alice.token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.addNeedRole).toMatchObject({ kind: 'MENTOR', seats: 1, need: { id: need.id }, skills: [{ level: 5, weight: 3 }] });
      const again = await t.gql<{ need: NeedOut }>(NEED, { id: need.id }, alice.token);
      expect(again.data?.need.roles.map((r) => r.title)).toEqual(['Accountant', 'Seed money', 'Finance mentor']);
    });

    it('updates the draft, changing only the fields sent', async () => {
      const res = await t.gql<{ updateNeed: NeedOut }>(UPDATE_NEED, { id: need.id, input: { title: 'Bookkeeping and budget for a food bank' } }, alice.token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.updateNeed).toMatchObject({ title: 'Bookkeeping and budget for a food bank', programId, status: 'DRAFT' });
    });

    it('publishes: DRAFT → OPEN with publishedAt, and announces it once', async () => {
      published.length = 0;
      const opened = await publishNeed(t, alice, need.id);
      expect(opened.status).toBe('OPEN');
      expect(Date.parse(opened.publishedAt as string)).toBeGreaterThan(Date.now() - 60_000);
      expect(published).toEqual([{ type: 'need.published', needId: need.id, actorUserId: alice.userId }]);
    });

    it("shows the program only to its intermediary's curators and cohort", async () => {
      const as = async (session: Session) => (await t.gql<{ need: NeedOut }>(NEED, { id: need.id }, session.token)).data?.need;
      expect(await as(volunteer)).toMatchObject({ programId, program: null });
      expect((await as(curator))?.program?.id).toBe(programId);
      expect((await as(alice))?.program?.id).toBe(programId);
    });

    it('refuses publishing twice with CONFLICT naming the status, without a second event', async () => {
      published.length = 0;
      const res = await t.gql(PUBLISH_NEED, { id: need.id }, alice.token);
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors?.[0]?.message).toContain('OPEN');
      expect(published).toEqual([]);
    });

    it('lets one of two simultaneous publishes win', async () => {
      const draft = await createNeed(t, alice, needInput(nonprofitA, { title: 'Racing need' }));
      published.length = 0;
      const results = await Promise.all([t.gql(PUBLISH_NEED, { id: draft.id }, alice.token), t.gql(PUBLISH_NEED, { id: draft.id }, alice.token)]);
      expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      expect(published).toHaveLength(1);
      await t.gql(CANCEL_NEED, { id: draft.id, reason: 'test cleanup' }, alice.token);
    });

    it('lists with each filter', async () => {
      other = await createNeed(
        t,
        bob,
        needInput(nonprofitB, {
          title: 'New website for a youth club',
          summary: 'Rebuild the website of our youth club so parents can sign up online.',
          focusArea: 'CHILDREN_YOUTH',
          country: 'DE',
          language: 'de',
          roles: [{ kind: 'VOLUNTEER', title: 'Web developer', skills: [{ skillId: 'web-development', level: 3 }] }],
        }),
      );
      await publishNeed(t, bob, other.id);
      const cases: [Record<string, unknown>, string[]][] = [
        [{ status: ['OPEN'] }, [need.id, other.id]],
        [{ status: ['DRAFT'] }, []],
        [{ focusArea: 'VULNERABLE_GROUPS' }, [need.id]],
        [{ country: 'de' }, [other.id]],
        [{ skillId: 'financial-planning' }, [need.id]],
        [{ skillId: 'web-development' }, [other.id]],
        [{ programId }, [need.id]],
        [{ intermediaryId }, [need.id]],
        [{ nonprofitId: nonprofitB }, [other.id]],
        [{ roleKind: 'FUNDING' }, [need.id]],
        [{ roleKind: 'VOLUNTEER' }, [need.id, other.id]],
        [{ search: 'youth' }, [other.id]],
        [{ search: 'budget food' }, [need.id]],
        [{ search: 'food -budget' }, []],
      ];
      for (const [filter, expected] of cases) {
        const res = await list(volunteer, { ...filter, status: (filter.status as string[]) ?? ['OPEN'] });
        expect(res.errors).toBeUndefined();
        expect({ filter, ids: idsOf(res).sort() }).toEqual({ filter, ids: [...expected].sort() });
      }
      expect(idsOf(await list(bob, { mine: true, status: ['OPEN'] }))).toEqual([other.id]);
    });

    it('pages newest first with a cursor', async () => {
      const first = await t.gql<{ needs: { nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
        NEEDS,
        { filter: { status: ['OPEN'] }, first: 1 },
        volunteer.token,
      );
      expect(first.data?.needs.nodes.map((n) => n.id)).toEqual([other.id]);
      expect(first.data?.needs.pageInfo.hasNextPage).toBe(true);
      const second = await t.gql<NeedsPage>(NEEDS, { filter: { status: ['OPEN'] }, first: 1, after: first.data?.needs.pageInfo.endCursor }, volunteer.token);
      expect(idsOf(second)).toEqual([need.id]);
    });

    it('cancels the need and its open matches, each with a MatchEvent, in one go', async () => {
      const [accountant] = (await t.gql<{ need: NeedOut }>(NEED, { id: need.id }, alice.token)).data?.need.roles ?? [];
      const role = { id: accountant.id, needId: need.id };
      const busy = await insertVolunteer(t, { capacity: 3, activeEngagements: 1 });
      const proposed = await insertMatch(t, { roleId: role.id, candidateId: await insertVolunteer(t, { capacity: 3 }), status: 'PROPOSED' });
      const confirmed = await insertMatch(t, { roleId: role.id, candidateId: busy, status: 'CONFIRMED' });
      const declined = await insertMatch(t, { roleId: role.id, candidateId: await insertVolunteer(t, { capacity: 3 }), status: 'DECLINED' });
      await t.dataSource.query('UPDATE need_role SET seats_filled = 1 WHERE id = $1', [role.id]);

      const res = await t.gql<{ cancelNeed: { status: string } }>(CANCEL_NEED, { id: need.id, reason: 'The food bank closed' }, alice.token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.cancelNeed.status).toBe('CANCELLED');

      const matches = await t.dataSource.query('SELECT id, status, version, status_note FROM match WHERE need_id = $1 ORDER BY id', [need.id]);
      const byId = Object.fromEntries(matches.map((m: { id: string }) => [m.id, m]));
      expect(byId[proposed]).toMatchObject({ status: 'CANCELLED', version: 2, status_note: 'The food bank closed' });
      expect(byId[confirmed]).toMatchObject({ status: 'CANCELLED', version: 2 });
      expect(byId[declined]).toMatchObject({ status: 'DECLINED', version: 1 });
      const events = await t.dataSource.query(
        'SELECT match_id, actor_user_id, action, from_status, to_status, reason FROM match_event WHERE match_id = ANY($1) ORDER BY from_status',
        [[proposed, confirmed, declined]],
      );
      expect(events).toEqual([
        { match_id: proposed, actor_user_id: alice.userId, action: 'CANCEL', from_status: 'PROPOSED', to_status: 'CANCELLED', reason: 'The food bank closed' },
        { match_id: confirmed, actor_user_id: alice.userId, action: 'CANCEL', from_status: 'CONFIRMED', to_status: 'CANCELLED', reason: 'The food bank closed' },
      ]);
      // The confirmed engagement gives back its seat and the volunteer's capacity.
      const [{ seats_filled }] = await t.dataSource.query('SELECT seats_filled FROM need_role WHERE id = $1', [role.id]);
      const [{ active_engagements }] = await t.dataSource.query('SELECT active_engagements FROM volunteer_profile WHERE id = $1', [busy]);
      expect([seats_filled, active_engagements]).toEqual([0, 0]);
    });

    it('refuses changing or cancelling a cancelled need with CONFLICT naming its status', async () => {
      const update = await t.gql(UPDATE_NEED, { id: need.id, input: { title: 'Too late for this' } }, alice.token);
      expect(errorCode(update)).toBe('CONFLICT');
      expect(update.errors?.[0]?.message).toContain('CANCELLED');
      expect(errorCode(await t.gql(CANCEL_NEED, { id: need.id, reason: 'again please' }, alice.token))).toBe('CONFLICT');
      expect(errorCode(await t.gql(PUBLISH_NEED, { id: need.id }, alice.token))).toBe('CONFLICT');
      expect((await needRow(need.id)).title).toBe('Bookkeeping and budget for a food bank');
    });
  });

  describe('who may see and change what', () => {
    let draft: NeedOut;
    let open: NeedOut;

    beforeAll(async () => {
      draft = await createNeed(t, alice, needInput(nonprofitA, { title: 'Secret draft', programId }));
      open = await publishNeed(t, alice, (await createNeed(t, alice, needInput(nonprofitA, { title: 'Open need of A' }))).id);
    });

    it('hides drafts from people outside the nonprofit, and shows published needs to everyone', async () => {
      expect(errorCode(await t.gql(NEED, { id: draft.id }, volunteer.token))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(NEED, { id: draft.id }, bob.token))).toBe('NOT_FOUND');
      expect(idsOf(await list(volunteer))).not.toContain(draft.id);
      expect(idsOf(await list(volunteer, { status: ['DRAFT'] }))).toEqual([]);
      expect((await t.gql(NEED, { id: open.id }, volunteer.token)).errors).toBeUndefined();
      expect(idsOf(await list(volunteer))).toContain(open.id);
    });

    it('shows drafts to the nonprofit and to its curators', async () => {
      expect((await t.gql(NEED, { id: draft.id }, alice.token)).errors).toBeUndefined();
      expect((await t.gql(NEED, { id: draft.id }, curator.token)).errors).toBeUndefined();
      expect(idsOf(await list(curator, { status: ['DRAFT'] }))).toContain(draft.id);
    });

    it('refuses a member of B creating a need for A', async () => {
      const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM need');
      const res = await t.gql(`mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`, { input: needInput(nonprofitA) }, bob.token);
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect((await t.dataSource.query('SELECT count(*)::int AS count FROM need'))[0].count).toBe(count);
    });

    it("refuses a member of B changing, publishing or cancelling A's needs, leaving them unchanged", async () => {
      const before = await Promise.all([needRow(draft.id), needRow(open.id)]);
      const attempts = [
        [draft.id, await t.gql(UPDATE_NEED, { id: draft.id, input: { title: 'Hijacked' } }, bob.token)],
        [draft.id, await t.gql(PUBLISH_NEED, { id: draft.id }, bob.token)],
        [draft.id, await t.gql(CANCEL_NEED, { id: draft.id, reason: 'Hijacked' }, bob.token)],
        [open.id, await t.gql(UPDATE_NEED, { id: open.id, input: { title: 'Hijacked' } }, bob.token)],
        [open.id, await t.gql(CANCEL_NEED, { id: open.id, reason: 'Hijacked' }, bob.token)],
        [open.id, await t.gql(ADD_ROLE, { needId: open.id, input: { kind: 'FUNDING', title: 'More money', amount: 1 } }, bob.token)],
        [open.id, await t.gql(UPDATE_ROLE, { roleId: open.roles[0].id, input: { seats: 50 } }, bob.token)],
        [open.id, await t.gql(REMOVE_ROLE, { roleId: open.roles[1].id }, bob.token)],
      ] as const;
      // A draft is invisible to B (NOT_FOUND); a published need is visible but not B's to change (FORBIDDEN).
      expect(attempts.map(([, r]) => errorCode(r))).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      expect(await Promise.all([needRow(draft.id), needRow(open.id)])).toEqual(before);
      const roles = await t.dataSource.query('SELECT id, seats FROM need_role WHERE need_id = $1 ORDER BY created_at', [open.id]);
      expect(roles).toEqual(open.roles.map((r) => ({ id: r.id, seats: r.seats })));
    });

    it('lets a curator of the nonprofit change its need', async () => {
      const res = await t.gql<{ updateNeed: NeedOut }>(UPDATE_NEED, { id: draft.id, input: { title: 'Draft edited by the curator' } }, curator.token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.updateNeed.title).toBe('Draft edited by the curator');
    });

    it('refuses anonymous callers', async () => {
      expect(errorCode(await t.gql(NEED, { id: open.id }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('input rules', () => {
    const create = (input: Record<string, unknown>, session = alice) => t.gql(`mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`, { input }, session.token);
    const role = (overrides: Record<string, unknown>) => ({ kind: 'VOLUNTEER', title: 'Helper', skills: [{ skillId: 'web-development', level: 3 }], ...overrides });

    it('refuses a funding role without an amount, and an amount on other roles, naming the field', async () => {
      const missing = await create(needInput(nonprofitA, { roles: [{ kind: 'FUNDING', title: 'Money' }] }));
      expect(errorCode(missing)).toBe('BAD_USER_INPUT');
      expect(errorFields(missing)).toEqual(['roles.0.amount']);
      const zero = await create(needInput(nonprofitA, { roles: [{ kind: 'FUNDING', title: 'Money', amount: 0 }] }));
      expect(errorFields(zero)).toEqual(['roles.0.amount']);
      const extra = await create(needInput(nonprofitA, { roles: [role({ amount: 100 })] }));
      expect(errorFields(extra)).toEqual(['roles.0.amount']);
    });

    it('refuses unknown and repeated skills, and skill-less volunteer roles', async () => {
      const unknown = await create(
        needInput(nonprofitA, {
          roles: [
            role({
              skills: [
                { skillId: 'web-development', level: 3 },
                { skillId: 'underwater-basket-weaving', level: 3 },
              ],
            }),
          ],
        }),
      );
      expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
      expect(errorFields(unknown)).toEqual(['roles.0.skills.1.skillId']);
      const twice = await create(
        needInput(nonprofitA, {
          roles: [
            role({
              skills: [
                { skillId: 'web-development', level: 3 },
                { skillId: 'web-development', level: 1 },
              ],
            }),
          ],
        }),
      );
      expect(errorFields(twice)).toEqual(['roles.0.skills']);
      const none = await create(needInput(nonprofitA, { roles: [role({ kind: 'VOLUNTEER', skills: [] })] }));
      expect(errorFields(none)).toEqual(['roles.0.skills']);
      // A mentor may be wanted for the cause alone: matching then weighs expertise by focus area.
      const mentor = await create(needInput(nonprofitA, { roles: [role({ kind: 'MENTOR', skills: [] })] }));
      expect(mentor.errors).toBeUndefined();
    });

    it('refuses out-of-range numbers, bad dates and an empty or oversized role list', async () => {
      const numbers = await create(needInput(nonprofitA, { roles: [role({ seats: 0, hoursPerMonth: 201, skills: [{ skillId: 'web-development', level: 6, weight: 0 }] })] }));
      expect(errorFields(numbers)).toEqual(['roles.0.hoursPerMonth', 'roles.0.seats', 'roles.0.skills.0.level', 'roles.0.skills.0.weight']);
      const dates = await create(needInput(nonprofitA, { startsOn: '2026-05-01', endsOn: '2026-04-30' }));
      expect(errorFields(dates)).toEqual(['endsOn']);
      const unreal = await create(needInput(nonprofitA, { startsOn: '2026-02-30', endsOn: null }));
      expect(errorFields(unreal)).toEqual(['startsOn']);
      expect(errorFields(await create(needInput(nonprofitA, { roles: [] })))).toEqual(['roles']);
      expect(errorFields(await create(needInput(nonprofitA, { roles: Array.from({ length: 21 }, () => role({})) })))).toEqual(['roles']);
    });

    it('refuses a need for a company, and a program the nonprofit is not in', async () => {
      const company = await createOrganization(t, alice, { kind: 'COMPANY' });
      const notNonprofit = await create(needInput(company));
      expect(errorCode(notNonprofit)).toBe('BAD_USER_INPUT');
      expect(errorFields(notNonprofit)).toEqual(['nonprofitId']);
      const otherProgram = await insertProgram(t, { intermediaryId, name: 'Another program' });
      const notInCohort = await create(needInput(nonprofitA, { programId: otherProgram }));
      expect(errorFields(notInCohort)).toEqual(['programId']);
    });

    it('refuses an update that puts the end before the start, or nulls a required field', async () => {
      const need = await createNeed(t, alice, needInput(nonprofitA));
      const res = await t.gql(UPDATE_NEED, { id: need.id, input: { endsOn: '2026-03-01' } }, alice.token);
      expect(errorFields(res)).toEqual(['endsOn']);
      const nulled = await t.gql(UPDATE_NEED, { id: need.id, input: { title: null } }, alice.token);
      expect(errorCode(nulled)).toBe('BAD_USER_INPUT');
      expect(errorFields(nulled)).toEqual(['title']);
    });
  });

  describe('roles', () => {
    let need: NeedOut;
    let accountant: RoleOut;
    let funding: RoleOut;

    beforeEach(async () => {
      need = await publishNeed(t, alice, (await createNeed(t, alice, needInput(nonprofitA))).id);
      [accountant, funding] = need.roles;
    });

    it('refuses seats below those filled with CONFLICT, leaving the role unchanged', async () => {
      await t.dataSource.query('UPDATE need_role SET seats_filled = 2 WHERE id = $1', [accountant.id]);
      const res = await t.gql(UPDATE_ROLE, { roleId: accountant.id, input: { seats: 1 } }, alice.token);
      expect(errorCode(res)).toBe('CONFLICT');
      expect((await t.dataSource.query('SELECT seats FROM need_role WHERE id = $1', [accountant.id]))[0].seats).toBe(2);
      const more = await t.gql<{ updateNeedRole: RoleOut }>(UPDATE_ROLE, { roleId: accountant.id, input: { seats: 4 } }, alice.token);
      expect(more.data?.updateNeedRole).toMatchObject({ seats: 4, seatsFilled: 2, seatsOpen: 2 });
    });

    it('marks the need STAFFED when fewer seats fill every role', async () => {
      await t.dataSource.query('UPDATE need_role SET seats_filled = 1 WHERE id = $1', [funding.id]);
      await t.dataSource.query('UPDATE need_role SET seats_filled = 1 WHERE id = $1', [accountant.id]);
      const res = await t.gql<{ updateNeedRole: RoleOut }>(UPDATE_ROLE, { roleId: accountant.id, input: { seats: 1 } }, alice.token);
      expect(res.data?.updateNeedRole.seatsOpen).toBe(0);
      expect((await needRow(need.id)).status).toBe('STAFFED');
    });

    it('replaces skills and changes the amount of a funding role, refusing an amount elsewhere', async () => {
      const skills = await t.gql<{ updateNeedRole: RoleOut }>(
        UPDATE_ROLE,
        { roleId: accountant.id, input: { title: 'Treasurer', skills: [{ skillId: 'employment-law', level: 2 }] } },
        alice.token,
      );
      expect(skills.data?.updateNeedRole).toMatchObject({ title: 'Treasurer', skills: [{ level: 2, skill: { id: 'employment-law' } }] });
      const amount = await t.gql<{ updateNeedRole: RoleOut }>(UPDATE_ROLE, { roleId: funding.id, input: { amount: 7500.5 } }, alice.token);
      expect(amount.data?.updateNeedRole.amount).toBe(7500.5);
      const wrong = await t.gql(UPDATE_ROLE, { roleId: accountant.id, input: { amount: 10 } }, alice.token);
      expect(errorFields(wrong)).toEqual(['amount']);
      const unknown = await t.gql(UPDATE_ROLE, { roleId: accountant.id, input: { skills: [{ skillId: 'no-such-skill', level: 2 }] } }, alice.token);
      expect(errorFields(unknown)).toEqual(['skills.0.skillId']);
      const none = await t.gql(UPDATE_ROLE, { roleId: accountant.id, input: { skills: [] } }, alice.token);
      expect(errorFields(none)).toEqual(['skills']);
    });

    it('removes a role without open matches, and refuses one with open matches or the last one', async () => {
      await insertMatch(t, { roleId: accountant.id, candidateId: await insertVolunteer(t, { capacity: 3 }), status: 'OFFERED' });
      const busy = await t.gql(REMOVE_ROLE, { roleId: accountant.id }, alice.token);
      expect(errorCode(busy)).toBe('CONFLICT');
      const removed = await t.gql<{ removeNeedRole: { roles: { id: string }[] } }>(REMOVE_ROLE, { roleId: funding.id }, alice.token);
      expect(removed.data?.removeNeedRole.roles.map((r) => r.id)).toEqual([accountant.id]);
      await t.dataSource.query(`UPDATE match SET status = 'DECLINED' WHERE role_id = $1`, [accountant.id]);
      const last = await t.gql(REMOVE_ROLE, { roleId: accountant.id }, alice.token);
      expect(errorCode(last)).toBe('CONFLICT');
      expect(await t.dataSource.query('SELECT id FROM need_role WHERE need_id = $1', [need.id])).toEqual([{ id: accountant.id }]);
    });

    it('refuses role changes once the need is staffed, and a 21st role', async () => {
      const add = (needId: string) => t.gql(ADD_ROLE, { needId, input: { kind: 'FUNDING', title: 'More money', amount: 100 } }, alice.token);
      for (let i = need.roles.length; i < 20; i++) expect((await add(need.id)).errors).toBeUndefined();
      expect(errorCode(await add(need.id))).toBe('CONFLICT');
      await t.dataSource.query(`UPDATE need SET status = 'STAFFED' WHERE id = $1`, [need.id]);
      const staffed = await t.gql(UPDATE_ROLE, { roleId: accountant.id, input: { seats: 5 } }, alice.token);
      expect(errorCode(staffed)).toBe('CONFLICT');
      expect(staffed.errors?.[0]?.message).toContain('STAFFED');
      expect(errorCode(await t.gql(UPDATE_NEED, { id: need.id, input: { title: 'Staffed already' } }, alice.token))).toBe('CONFLICT');
    });
  });

  describe('text search', () => {
    it('finds a need by a word of its summary, using the GIN index', async () => {
      const need = await publishNeed(
        t,
        alice,
        (await createNeed(t, alice, needInput(nonprofitA, { title: 'Translate leaflets', summary: 'Our refugee helpdesk needs multilingual leaflets about housing.' }))).id,
      );
      const logger = t.dataSource.logger;
      const seen: [string, unknown][] = [];
      const spy = jest.spyOn(logger, 'logQuery').mockImplementation((query, parameters) => void seen.push([query, parameters]));
      try {
        expect(idsOf(await list(volunteer, { search: 'multilingual' }))).toEqual([need.id]);
      } finally {
        spy.mockRestore();
      }
      const [sql, params] = seen.find(([q]) => q.includes('websearch_to_tsquery') && !q.includes('COUNT(')) ?? ['', []];
      const plan = await t.dataSource.transaction(async (m) => {
        await m.query('SET LOCAL enable_seqscan = off');
        return m.query(`EXPLAIN ${sql}`, params as unknown[]);
      });
      expect(JSON.stringify(plan)).toContain('IDX_need_search');
    });
  });
});
