import { insertAffiliation, insertMembership, insertMentor, insertNeed, insertOrganization, insertProgram, insertSkills, insertVolunteer } from '../utils/fixtures';
import { Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, GqlResult, TestApp } from '../utils/test-app';

/**
 * The one list of matches: `matches(filter, orderBy, first, after)`. Each filter narrows what the
 * access rules let the viewer see, each order pages across pages without duplicates or gaps, and
 * hostile values are refused as bad input or find nothing of another tenant's.
 */

const LIST = `query($filter: MatchFilter, $orderBy: MatchOrder, $first: Int, $after: String) {
  matches(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`;

type ListResult = GqlResult<{ matches: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: { id: string }[] } }>;

interface Row {
  id: string;
  needId: string;
  status: string;
  score: number;
  createdAt: string;
  expiresAt: string | null;
  candidateKind: 'VOLUNTEER' | 'MENTOR' | 'FUNDING';
}

describe('matches: the one list of matches', () => {
  let t: TestApp;
  let curator: Session;
  let otherCurator: Session;
  let nonprofitMember: Session;
  let volunteer: Session;
  let funderMember: Session;
  let intermediary: string;
  let otherIntermediary: string;
  let program: string;
  let libraryNeed: string;
  let clinicNeed: string;
  let otherNeed: string;
  const rows: Row[] = [];

  const list = (token: string, variables: Record<string, unknown>) => t.gql(LIST, variables, token) as Promise<ListResult>;
  const ids = (res: ListResult) => {
    expect(res.errors).toBeUndefined();
    return res.data?.matches.nodes.map((n) => n.id) ?? [];
  };
  const sorted = (list: Row[]) => list.map((r) => r.id).sort();

  /** Every page of a list, `first` at a time, following endCursor. */
  async function allPages(token: string, variables: Record<string, unknown>, first: number): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res = await list(token, { ...variables, first, after });
      seen.push(...ids(res));
      const info = res.data?.matches.pageInfo;
      if (!info?.hasNextPage) return seen;
      after = info.endCursor;
    }
    throw new Error('more than 50 pages');
  }

  async function insertMatch(r: Omit<Row, 'id'> & { roleId: string; candidateId: string; offered: boolean }): Promise<Row> {
    const column = { VOLUNTEER: 'volunteer_profile_id', MENTOR: 'mentor_profile_id', FUNDING: 'funding_offer_id' }[r.candidateKind];
    const [{ id }] = (await t.dataSource.query(
      `INSERT INTO match (role_id, need_id, candidate_kind, candidate_id, ${column}, status, score, explanation, offered_at, expires_at, created_at, version)
       VALUES ($1, $2, $3, $4, $4, $5, $6, 'fixture', $7, $8, $9, 1) RETURNING id`,
      [r.roleId, r.needId, r.candidateKind, r.candidateId, r.status, r.score, r.offered ? r.createdAt : null, r.expiresAt, r.createdAt],
    )) as { id: string }[];
    const row = { id, needId: r.needId, status: r.status, score: r.score, createdAt: r.createdAt, expiresAt: r.expiresAt, candidateKind: r.candidateKind };
    rows.push(row);
    return row;
  }

  beforeAll(async () => {
    t = await createTestApp();
    [curator, otherCurator, nonprofitMember, volunteer, funderMember] = [
      await signUp(t),
      await signUp(t),
      await signUp(t),
      await signUp(t, { name: 'Aiko Tanaka' }),
      await signUp(t),
    ];
    await insertSkills(t.dataSource, ['bookkeeping']);
    intermediary = await insertOrganization(t.dataSource, 'INTERMEDIARY');
    otherIntermediary = await insertOrganization(t.dataSource, 'INTERMEDIARY');
    await insertMembership(t.dataSource, { userId: curator.userId, organizationId: intermediary, role: 'MEMBER' });
    await insertMembership(t.dataSource, { userId: otherCurator.userId, organizationId: otherIntermediary, role: 'MEMBER' });
    program = await insertProgram(t.dataSource, { intermediaryId: intermediary });
    const nonprofit = await insertOrganization(t.dataSource, 'NONPROFIT');
    await insertAffiliation(t.dataSource, { intermediaryId: intermediary, organizationId: nonprofit, vetted: true });
    await insertMembership(t.dataSource, { userId: nonprofitMember.userId, organizationId: nonprofit, role: 'ADMIN' });
    const programNonprofit = await insertOrganization(t.dataSource, 'NONPROFIT');
    await t.dataSource.query(`INSERT INTO program_participant (program_id, organization_id, role) VALUES ($1, $2, 'COHORT')`, [program, programNonprofit]);
    const otherNonprofit = await insertOrganization(t.dataSource, 'NONPROFIT');
    await insertAffiliation(t.dataSource, { intermediaryId: otherIntermediary, organizationId: otherNonprofit, vetted: true });
    const funder = await insertOrganization(t.dataSource, 'FUNDER', { name: 'Sakura Foundation' });
    await insertMembership(t.dataSource, { userId: funderMember.userId, organizationId: funder, role: 'ADMIN' });

    const skills: [string, number, number][] = [['bookkeeping', 2, 2]];
    const library = await insertNeed(t.dataSource, { nonprofitId: nonprofit, focusArea: 'EDUCATION', country: 'JP', roles: Array.from({ length: 6 }, () => ({ skills })) });
    const clinic = await insertNeed(t.dataSource, {
      nonprofitId: programNonprofit,
      programId: program,
      focusArea: 'HEALTH',
      country: 'DE',
      roles: [
        { kind: 'MENTOR', skills },
        { kind: 'FUNDING', skills: [] },
      ],
    });
    const other = await insertNeed(t.dataSource, { nonprofitId: otherNonprofit, roles: [{ skills }] });
    [libraryNeed, clinicNeed, otherNeed] = [library.needId, clinic.needId, other.needId];
    await t.dataSource.query(`UPDATE need SET title = 'Library reading club' WHERE id = $1`, [libraryNeed]);
    await t.dataSource.query(`UPDATE need SET title = 'Clinic outreach' WHERE id = $1`, [clinicNeed]);
    await t.dataSource.query(`UPDATE need SET title = 'Library of the other tenant' WHERE id = $1`, [otherNeed]);

    const aiko = await insertVolunteer(t.dataSource, { userId: volunteer.userId, skills: [['bookkeeping', 3]] });
    const bruno = await insertVolunteer(t.dataSource, { skills: [['bookkeeping', 3]] });
    await t.dataSource.query(`UPDATE user_account SET name = 'Bruno Weiss' WHERE id = (SELECT user_id FROM volunteer_profile WHERE id = $1)`, [bruno]);
    const mentor = await insertMentor(t.dataSource, { skills: [['bookkeeping', 4]] });
    const [{ id: offer }] = (await t.dataSource.query(
      `INSERT INTO funding_offer (funder_id, title, min_ticket, max_ticket, budget_total, budget_left) VALUES ($1, 'Seed grants', 1000, 20000, 50000, 50000) RETURNING id`,
      [funder],
    )) as { id: string }[];

    // Twelve matches on the library need: ties in score, in deadline (and none), and two rows a few
    // microseconds apart within one millisecond, which a millisecond cursor would skip between pages.
    const statuses = ['PROPOSED', 'OFFERED', 'OFFERED', 'ACTIVE', 'PROPOSED', 'OFFERED'];
    const scores = [0.9, 0.5, 0.5, 0.7, 0.1, 0.5];
    const deadlines = ['2027-01-10T00:00:00.000Z', null, '2027-01-05T00:00:00.000Z', '2027-01-05T00:00:00.000Z', null, '2027-01-01T00:00:00.000Z'];
    for (let i = 0; i < 6; i++) {
      for (const [j, candidate] of [aiko, bruno].entries()) {
        const createdAt = i === 0 ? `2026-06-01T10:00:00.123${j === 0 ? '456' : '401'}Z` : `2026-06-0${i + 1}T10:00:0${j}.000000Z`;
        await insertMatch({
          roleId: library.roleIds[i],
          needId: libraryNeed,
          candidateKind: 'VOLUNTEER',
          candidateId: candidate,
          status: statuses[i],
          offered: statuses[i] !== 'PROPOSED',
          score: j === 0 ? scores[i] : scores[(i + 3) % 6],
          expiresAt: deadlines[(i + j) % 6],
          createdAt,
        });
      }
    }
    await insertMatch({
      roleId: clinic.roleIds[0],
      needId: clinicNeed,
      candidateKind: 'MENTOR',
      candidateId: mentor,
      status: 'PROPOSED',
      offered: false,
      score: 0.8,
      expiresAt: null,
      createdAt: '2026-06-07T10:00:00.000000Z',
    });
    await insertMatch({
      roleId: clinic.roleIds[1],
      needId: clinicNeed,
      candidateKind: 'FUNDING',
      candidateId: offer,
      status: 'OFFERED',
      offered: true,
      score: 0.6,
      expiresAt: '2027-01-03T00:00:00.000Z',
      createdAt: '2026-06-08T10:00:00.000000Z',
    });
    // Another tenant's need, offered to Aiko: she sees it, the first intermediary's curator does not.
    await insertMatch({
      roleId: other.roleIds[0],
      needId: otherNeed,
      candidateKind: 'VOLUNTEER',
      candidateId: aiko,
      status: 'OFFERED',
      offered: true,
      score: 0.95,
      expiresAt: '2027-01-02T00:00:00.000Z',
      createdAt: '2026-06-09T10:00:00.000000Z',
    });
  }, 120_000);
  afterAll(() => t?.close());

  const curated = () => rows.filter((r) => r.needId !== otherNeed);
  const withOrder = (order: string, list: Row[]): string[] => {
    const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const copy = [...list];
    if (order === 'NEWEST') copy.sort((a, b) => (a.createdAt === b.createdAt ? -byId(a, b) : a.createdAt < b.createdAt ? 1 : -1));
    if (order === 'SCORE') copy.sort((a, b) => (a.score === b.score ? -byId(a, b) : b.score - a.score));
    if (order === 'DEADLINE') {
      const at = (r: Row) => r.expiresAt ?? '9999';
      copy.sort((a, b) => (at(a) === at(b) ? byId(a, b) : at(a) < at(b) ? -1 : 1));
    }
    return copy.map((r) => r.id);
  };

  describe('orders, paged', () => {
    it.each(['NEWEST', 'SCORE', 'DEADLINE'])('pages %s across pages of every size without duplicates or gaps', async (orderBy) => {
      const expected = withOrder(orderBy, curated());
      expect(expected).toHaveLength(14);
      for (const first of [1, 3, 5, 14]) {
        expect(await allPages(curator.token, { filter: { sides: ['CURATOR'] }, orderBy }, first)).toEqual(expected);
      }
    });

    it.each(['NEWEST', 'SCORE', 'DEADLINE'])('answers the fields of each match when ordered %s, the sort column included', async (orderBy) => {
      const res = (await t.gql(
        `query($orderBy: MatchOrder) { matches(filter: { sides: [CURATOR] }, orderBy: $orderBy, first: 100) { nodes { id score expiresAt } } }`,
        { orderBy },
        curator.token,
      )) as GqlResult<{ matches: { nodes: { id: string; score: number; expiresAt: string | null }[] } }>;
      expect(res.errors).toBeUndefined();
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const node of res.data?.matches.nodes ?? []) expect(node.score).toBe(byId.get(node.id)?.score);
      expect(res.data?.matches.nodes).toHaveLength(14);
    });

    it('orders NEWEST by default, and keeps the microseconds apart', async () => {
      const res = await list(curator.token, { first: 100 });
      expect(ids(res)).toEqual(withOrder('NEWEST', curated()));
      expect(res.data?.matches.totalCount).toBe(14);
    });

    it('pages each order within a filter, the count staying that of the whole filter', async () => {
      const filter = { sides: ['CURATOR'], statuses: ['OFFERED', 'ACTIVE'] };
      const expected = withOrder(
        'DEADLINE',
        curated().filter((r) => ['OFFERED', 'ACTIVE'].includes(r.status)),
      );
      expect(await allPages(curator.token, { filter, orderBy: 'DEADLINE' }, 2)).toEqual(expected);
      const first = await list(curator.token, { filter, orderBy: 'DEADLINE', first: 2 });
      expect(first.data?.matches.totalCount).toBe(expected.length);
    });
  });

  describe('filters', () => {
    const filterCases: [string, () => Record<string, unknown>, (r: Row) => boolean][] = [
      ['needId', () => ({ needId: clinicNeed }), (r) => r.needId === clinicNeed],
      ['programId', () => ({ programId: program }), (r) => r.needId === clinicNeed],
      ['intermediaryId', () => ({ intermediaryId: intermediary }), () => true],
      ['statuses', () => ({ statuses: ['PROPOSED', 'ACTIVE'] }), (r) => ['PROPOSED', 'ACTIVE'].includes(r.status)],
      ['an empty status list (all of them)', () => ({ statuses: [] }), () => true],
      ['candidateKind', () => ({ candidateKind: 'FUNDING' }), (r) => r.candidateKind === 'FUNDING'],
      ['focusArea', () => ({ focusArea: 'HEALTH' }), (r) => r.needId === clinicNeed],
      ['country (any case)', () => ({ country: 'de' }), (r) => r.needId === clinicNeed],
      ['search on the need title', () => ({ search: '  reading CLUB ' }), (r) => r.needId === libraryNeed],
      ['search on a volunteer’s name', () => ({ search: 'tanaka' }), (r) => r.needId === libraryNeed && rows.indexOf(r) % 2 === 0],
      ['search on a funder’s name', () => ({ search: 'sakura' }), (r) => r.candidateKind === 'FUNDING'],
    ];

    it.each(filterCases)('narrows by %s', async (_name, filter, keep) => {
      const res = await list(curator.token, { filter: filter(), first: 100 });
      expect(ids(res).sort()).toEqual(sorted(curated().filter(keep)));
      expect(res.data?.matches.totalCount).toBe(curated().filter(keep).length);
    });

    it('combines filters with AND', async () => {
      const res = await list(curator.token, { filter: { needId: libraryNeed, statuses: ['OFFERED'], search: 'Bruno' }, first: 100 });
      expect(ids(res).sort()).toEqual(sorted(curated().filter((r, i) => r.needId === libraryNeed && r.status === 'OFFERED' && i % 2 === 1)));
    });

    it('takes a search text literally: % and _ are no wildcards', async () => {
      expect(ids(await list(curator.token, { filter: { search: '%' }, first: 100 }))).toEqual([]);
      expect(ids(await list(curator.token, { filter: { search: 'Library_reading' }, first: 100 }))).toEqual([]);
    });
  });

  describe('sides', () => {
    it('shows the curation board (CURATOR) every match of the needs curated, proposals included', async () => {
      expect(ids(await list(curator.token, { filter: { sides: ['CURATOR'] }, first: 100 })).sort()).toEqual(sorted(curated()));
    });

    it('shows a candidate (CANDIDATE) only what was offered to them, on any tenant’s need, never a proposal', async () => {
      const mine = rows.filter((r, i) => r.id && ((r.needId === libraryNeed && i % 2 === 0) || r.needId === otherNeed) && r.status !== 'PROPOSED');
      expect(mine.length).toBeGreaterThan(2);
      expect(ids(await list(volunteer.token, { filter: { sides: ['CANDIDATE'] }, first: 100 })).sort()).toEqual(sorted(mine));
      expect(ids(await list(volunteer.token, { filter: { sides: ['CURATOR'] }, first: 100 }))).toEqual([]);
      expect(ids(await list(volunteer.token, { filter: { sides: ['NONPROFIT'] }, first: 100 }))).toEqual([]);
    });

    it('shows a funder’s member (CANDIDATE) the offers of the funder’s money', async () => {
      expect(ids(await list(funderMember.token, { filter: { sides: ['CANDIDATE'] }, first: 100 }))).toEqual(rows.filter((r) => r.candidateKind === 'FUNDING').map((r) => r.id));
    });

    it('shows the nonprofit (NONPROFIT) its needs’ matches once offered, and nothing on the curator side', async () => {
      const offered = rows.filter((r) => r.needId === libraryNeed && r.status !== 'PROPOSED');
      expect(ids(await list(nonprofitMember.token, { filter: { sides: ['NONPROFIT'] }, first: 100 })).sort()).toEqual(sorted(offered));
      expect(ids(await list(nonprofitMember.token, { filter: { sides: ['CURATOR', 'CANDIDATE'] }, first: 100 }))).toEqual([]);
    });

    // A curator who is also on another side sees proposals as curator only: the other sides wait for the offer.
    it('gives the matches of any of several sides, the nonprofit and candidate sides only once offered', async () => {
      const funding = rows.find((r) => r.candidateKind === 'FUNDING') as Row;
      const [{ funder_id: funder, nonprofit_id: nonprofit }] = (await t.dataSource.query(
        `SELECT fo.funder_id, (SELECT nonprofit_id FROM need WHERE id = $2) AS nonprofit_id FROM match m JOIN funding_offer fo ON fo.id = m.funding_offer_id WHERE m.id = $1`,
        [funding.id, libraryNeed],
      )) as { funder_id: string; nonprofit_id: string }[];
      await insertMembership(t.dataSource, { userId: curator.userId, organizationId: funder, role: 'MEMBER' });
      await insertMembership(t.dataSource, { userId: curator.userId, organizationId: nonprofit, role: 'MEMBER' });
      try {
        expect(ids(await list(curator.token, { filter: { sides: ['CANDIDATE'] }, first: 100 }))).toEqual([funding.id]);
        const offeredLibrary = rows.filter((r) => r.needId === libraryNeed && r.status !== 'PROPOSED');
        expect(ids(await list(curator.token, { filter: { sides: ['NONPROFIT'] }, first: 100 })).sort()).toEqual(sorted(offeredLibrary));
        expect(ids(await list(curator.token, { filter: { sides: ['NONPROFIT', 'CANDIDATE'] }, first: 100 })).sort()).toEqual(sorted([...offeredLibrary, funding]));
        expect(ids(await list(curator.token, { filter: { sides: ['CURATOR', 'CANDIDATE'] }, first: 100 })).sort()).toEqual(sorted(curated()));
        await t.dataSource.query(`UPDATE match SET offered_at = NULL, status = 'PROPOSED' WHERE id = $1`, [funding.id]);
        expect(ids(await list(curator.token, { filter: { sides: ['CANDIDATE'] }, first: 100 }))).toEqual([]);
      } finally {
        await t.dataSource.query(`UPDATE match SET offered_at = created_at, status = 'OFFERED' WHERE id = $1`, [funding.id]);
        await t.dataSource.query(`DELETE FROM membership WHERE user_id = $1 AND organization_id <> $2`, [curator.userId, intermediary]);
      }
    });
  });

  describe('hostile values', () => {
    const badInput = (res: ListResult) => expect(errorCode(res)).toBe('BAD_USER_INPUT');

    it('refuses more than 10 statuses, an empty or unknown side, and a search over 100 characters', async () => {
      badInput(await list(curator.token, { filter: { statuses: Array.from({ length: 11 }, () => 'PROPOSED') } }));
      badInput(await list(curator.token, { filter: { sides: [] } }));
      badInput(await list(curator.token, { filter: { sides: ['ADMIN'] } }));
      badInput(await list(curator.token, { filter: { search: 'x'.repeat(101) } }));
      badInput(await list(curator.token, { filter: { country: 'Japan' } }));
      badInput(await list(curator.token, { filter: { needId: 'not-an-id' } }));
      expect(ids(await list(curator.token, { filter: { search: 'x'.repeat(100) } }))).toEqual([]);
    });

    it('refuses a cursor it did not give out, and one of another order', async () => {
      const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
      const newest = (await list(curator.token, { first: 1 })).data?.matches.pageInfo.endCursor;
      const byScore = (await list(curator.token, { first: 1, orderBy: 'SCORE' })).data?.matches.pageInfo.endCursor;
      expect(newest && byScore).toBeTruthy();
      const id = rows[0].id;
      for (const [after, orderBy] of [
        [newest, 'SCORE'],
        [byScore, 'DEADLINE'],
        [byScore, 'NEWEST'],
        ['bm90IGpzb24=', 'NEWEST'],
        [cursor({ k: 'newest', v: '2026-13-45T10:00:00.000000Z', id }), 'NEWEST'],
        [cursor({ k: 'newest', v: '+275760-09-13T00:00:00.000000Z', id }), 'NEWEST'],
        [cursor({ k: 'newest', v: 'infinity', id }), 'NEWEST'],
        [cursor({ k: 'newest', v: "2026-06-01'; DROP TABLE match; --", id }), 'NEWEST'],
        [cursor({ k: 'score', v: '0.5', id }), 'SCORE'],
        [cursor({ k: 'score', v: 0.5, id: 'not-a-uuid' }), 'SCORE'],
        [cursor({ k: 'deadline', v: 42, id }), 'DEADLINE'],
        [cursor({ t: '2026-06-01T10:00:00.000Z', id }), 'NEWEST'],
      ] as const) {
        badInput(await list(curator.token, { first: 5, after, orderBy }));
      }
      // What the API itself gives out for DEADLINE (its nulls last) reads back.
      const tail = await list(curator.token, { first: 5, orderBy: 'DEADLINE', after: cursor({ k: 'deadline', v: 'infinity', id: '00000000-0000-4000-8000-000000000000' }) });
      expect(ids(tail).length).toBeGreaterThan(0);
    });

    it('finds nothing of another tenant’s by its need, intermediary or a title search, and shows its own curator all', async () => {
      expect(ids(await list(curator.token, { filter: { needId: otherNeed }, first: 100 }))).toEqual([]);
      expect(ids(await list(curator.token, { filter: { intermediaryId: otherIntermediary }, first: 100 }))).toEqual([]);
      expect(ids(await list(curator.token, { filter: { search: 'other tenant' }, first: 100 }))).toEqual([]);
      const theirs = rows.filter((r) => r.needId === otherNeed).map((r) => r.id);
      expect(ids(await list(otherCurator.token, { filter: { needId: otherNeed, sides: ['CURATOR'] }, first: 100 }))).toEqual(theirs);
      expect(ids(await list(otherCurator.token, { filter: { intermediaryId: otherIntermediary }, first: 100 }))).toEqual(theirs);
      expect(ids(await list(otherCurator.token, { filter: { intermediaryId: intermediary }, first: 100 }))).toEqual([]);
    });

    it('refuses anonymous callers', async () => {
      const res = (await t.gql(LIST, { first: 5 })) as ListResult;
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    });
  });
});
