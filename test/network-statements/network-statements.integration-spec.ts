import { insertVolunteer } from '../utils/fixtures';
import { intermediaryWithCurator, organizationWithAdmin, platformAdmin, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, errorFields, GqlResult, TestApp } from '../utils/test-app';
import { COMMIT, CREATE, NETWORK_STATEMENTS, networkWithMembers, PUBLISH, SET_STATUS, SIGN, STATEMENT, StatementView, UPDATE, WITHDRAW } from './statement-operations';

describe('network statements', () => {
  let t: TestApp;
  let admin: Session;
  let networkId: string;
  let members: { id: string; curator: Session }[];
  let outsider: { id: string; curator: Session };
  let nonprofit: { id: string; admin: Session };
  let volunteer: Session;

  const ok = <T>(res: GqlResult<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data as T;
  };
  const as = (s: Session) => s.token;
  const draft = async (by = members[0].curator, title = 'Tokyo declaration') =>
    ok(await t.gql<{ createNetworkStatement: StatementView }>(CREATE, { networkId, title, body: 'We, the undersigned, commit to pro bono.' }, as(by))).createNetworkStatement;
  const published = async () => {
    const s = await draft();
    return ok(await t.gql<{ publishNetworkStatement: StatementView }>(PUBLISH, { statementId: s.id, version: s.version }, as(members[0].curator))).publishNetworkStatement;
  };
  const sign = (statementId: string, member: { id: string; curator: Session }) =>
    t.gql<{ signNetworkStatement: StatementView }>(SIGN, { statementId, organizationId: member.id }, as(member.curator));
  const read = (id: string, s: Session) => t.gql<{ networkStatement: StatementView }>(STATEMENT, { id }, as(s));
  const rowCount = async (table: string) => Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await platformAdmin(t);
    ({ networkId, members } = await networkWithMembers(t, admin, 3, 'Asia Pro Bono Test Network'));
    outsider = await intermediaryWithCurator(t, admin, 'Outside Foundation');
    nonprofit = await organizationWithAdmin(t, 'NONPROFIT');
    volunteer = await signUp(t, { name: 'Volunteer' });
    await insertVolunteer(t, { userId: volunteer.userId });
  });
  afterAll(() => t?.close());

  it('lives through draft, joint edit, publish, signatures, commitments with progress, and withdrawal', async () => {
    const [a, b, c] = members;
    const first = await draft(a.curator);
    expect(first).toMatchObject({ status: 'DRAFT', version: 1, draftedBy: { id: a.id }, viewerCanEdit: true, viewerIsPenHolder: true, publishedAt: null });

    const edited = ok(
      await t.gql<{ updateNetworkStatement: StatementView }>(UPDATE, { statementId: first.id, version: 1, body: 'Revised text.\n東京で合意しました。' }, as(b.curator)),
    ).updateNetworkStatement;
    expect(edited).toMatchObject({ version: 2, title: 'Tokyo declaration', body: 'Revised text.\n東京で合意しました。', viewerIsPenHolder: false });

    const stale = await t.gql(UPDATE, { statementId: first.id, version: 1, title: 'Overwrite' }, as(a.curator));
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].extensions?.reason).toBe('STALE_VERSION');
    expect(errorCode(await t.gql(PUBLISH, { statementId: first.id, version: 1 }, as(a.curator)))).toBe('CONFLICT');
    expect(errorCode(await t.gql(PUBLISH, { statementId: first.id, version: 2 }, as(b.curator)))).toBe('FORBIDDEN');

    const live = ok(await t.gql<{ publishNetworkStatement: StatementView }>(PUBLISH, { statementId: first.id, version: 2 }, as(a.curator))).publishNetworkStatement;
    expect(live).toMatchObject({ status: 'PUBLISHED', version: 3, signableOrganizations: [{ id: a.id }] });
    expect(live.publishedAt).not.toBeNull();

    for (const m of [b, a, c]) ok(await sign(first.id, m));
    const signed = ok(await read(first.id, c.curator)).networkStatement;
    expect(signed.signatures.map((s) => s.organizationId)).toEqual([b.id, a.id, c.id]);
    expect(signed.signableOrganizations).toEqual([]);

    const commitB = ok(
      await t.gql<{ addStatementCommitment: { id: string; status: string } }>(
        COMMIT,
        { statementId: first.id, organizationId: b.id, text: 'Host 20 nonprofits', dueOn: '2027-06-30' },
        as(b.curator),
      ),
    ).addStatementCommitment;
    expect(commitB.status).toBe('OPEN');
    const commitA = ok(
      await t.gql<{ addStatementCommitment: { id: string } }>(COMMIT, { statementId: first.id, organizationId: a.id, text: 'Train 50 lawyers' }, as(a.curator)),
    ).addStatementCommitment;
    ok(await t.gql<{ addStatementCommitment: { id: string } }>(COMMIT, { statementId: first.id, organizationId: c.id, text: 'Share needs monthly' }, as(c.curator)));
    expect(
      ok(
        await t.gql<{ setStatementCommitmentStatus: { status: string; progressNote: string } }>(
          SET_STATUS,
          { commitmentId: commitB.id, status: 'IN_PROGRESS', note: '8 of 20 hosted' },
          as(b.curator),
        ),
      ).setStatementCommitmentStatus,
    ).toEqual({
      id: commitB.id,
      status: 'IN_PROGRESS',
      progressNote: '8 of 20 hosted',
    });
    ok(await t.gql(SET_STATUS, { commitmentId: commitA.id, status: 'DONE', note: 'All 50 trained' }, as(a.curator)));
    expect(errorCode(await t.gql(SET_STATUS, { commitmentId: commitA.id, status: 'DROPPED', note: '' }, as(c.curator)))).toBe('FORBIDDEN');

    // Anyone signed in reads the published statement with its progress: it is a public declaration.
    const seen = ok(await read(first.id, volunteer)).networkStatement;
    expect(seen.progress).toEqual({ open: 1, inProgress: 1, done: 1, dropped: 0, total: 3 });
    expect(seen.commitments.map((x) => x.text)).toEqual(['Host 20 nonprofits', 'Train 50 lawyers', 'Share needs monthly']);
    expect(seen).toMatchObject({ viewerCanEdit: false, viewerIsPenHolder: false, signableOrganizations: [] });

    expect(errorCode(await t.gql(WITHDRAW, { statementId: first.id }, as(b.curator)))).toBe('FORBIDDEN');
    const withdrawn = ok(await t.gql<{ withdrawNetworkStatement: StatementView }>(WITHDRAW, { statementId: first.id }, as(a.curator))).withdrawNetworkStatement;
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(withdrawn.withdrawnAt).not.toBeNull();
    expect(ok(await read(first.id, nonprofit.admin)).networkStatement.signatures).toHaveLength(3);
    expect(errorCode(await t.gql(SET_STATUS, { commitmentId: commitB.id, status: 'DONE', note: '' }, as(b.curator)))).toBe('CONFLICT');
    expect(errorCode(await t.gql(WITHDRAW, { statementId: first.id }, as(a.curator)))).toBe('CONFLICT');
  });

  it('shows drafts only to curators of member intermediaries; NOT_FOUND for everyone else, lists leave them out', async () => {
    const hidden = await draft(members[1].curator, 'Hidden draft');
    const live = await published();
    for (const s of [outsider.curator, nonprofit.admin, volunteer]) {
      expect(errorCode(await read(hidden.id, s))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(UPDATE, { statementId: hidden.id, version: 1, title: 'Mine now' }, as(s)))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(PUBLISH, { statementId: hidden.id, version: 1 }, as(s)))).toBe('NOT_FOUND');
      const listed = ok(await t.gql<{ network: { statements: { id: string }[] } }>(NETWORK_STATEMENTS, { id: networkId }, as(s))).network.statements.map((x) => x.id);
      expect(listed).toContain(live.id);
      expect(listed).not.toContain(hidden.id);
    }
    expect(ok(await read(hidden.id, members[2].curator)).networkStatement.title).toBe('Hidden draft');
    // A platform admin reads every draft but curates nothing, so edits none.
    expect(ok(await read(hidden.id, await platformAdmin(t))).networkStatement).toMatchObject({ title: 'Hidden draft', viewerCanEdit: false });
    const networkOf = async (s: Session) => ok(await t.gql<{ network: { viewerMemberIntermediaries: { id: string }[] } }>(NETWORK_STATEMENTS, { id: networkId }, as(s))).network;
    expect((await networkOf(members[2].curator)).viewerMemberIntermediaries).toEqual([{ id: members[2].id }]);
    expect((await networkOf(outsider.curator)).viewerMemberIntermediaries).toEqual([]);
    const memberList = ok(await t.gql<{ network: { statements: { id: string }[] } }>(NETWORK_STATEMENTS, { id: networkId }, as(members[2].curator))).network.statements.map(
      (x) => x.id,
    );
    // Newest first: the published one was drafted after the hidden draft.
    expect(memberList.indexOf(live.id)).toBeLessThan(memberList.indexOf(hidden.id));
  });

  it('lets only curators of member intermediaries draft, and only for their own intermediary', async () => {
    const before = await rowCount('network_statement');
    const body = { networkId, title: 'Not ours', body: 'text' };
    expect(errorCode(await t.gql(CREATE, body, as(outsider.curator)))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE, { ...body, organizationId: outsider.id }, as(outsider.curator)))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE, { ...body, organizationId: members[1].id }, as(members[0].curator)))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE, body, as(nonprofit.admin)))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE, body, as(volunteer)))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE, body, as(await platformAdmin(t))))).toBe('FORBIDDEN');
    expect(await rowCount('network_statement')).toBe(before);
  });

  it('signs only published statements, once per member, by its own curators', async () => {
    const d = await draft();
    expect(errorCode(await sign(d.id, members[1]))).toBe('CONFLICT');
    const live = await published();
    ok(await sign(live.id, members[1]));
    const twice = await sign(live.id, members[1]);
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(twice.errors?.[0].message).toContain('already signed');
    expect(errorCode(await t.gql(SIGN, { statementId: live.id, organizationId: members[2].id }, as(members[1].curator)))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(SIGN, { statementId: live.id, organizationId: outsider.id }, as(outsider.curator)))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(SIGN, { statementId: live.id, organizationId: nonprofit.id }, as(nonprofit.admin)))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(SIGN, { statementId: live.id, organizationId: members[0].id }, as(volunteer)))).toBe('FORBIDDEN');
    expect(await t.dataSource.query(`SELECT organization_id FROM statement_signature WHERE statement_id = $1`, [live.id])).toEqual([{ organization_id: members[1].id }]);
  });

  it('refuses editing a published statement and commitments by non-signatories', async () => {
    const live = await published();
    const edit = await t.gql(UPDATE, { statementId: live.id, version: live.version, title: 'Changed after publishing' }, as(members[0].curator));
    expect(errorCode(edit)).toBe('CONFLICT');
    expect(edit.errors?.[0].extensions?.reason).toBe('NOT_DRAFT');
    expect(errorCode(await t.gql(PUBLISH, { statementId: live.id, version: live.version }, as(members[0].curator)))).toBe('CONFLICT');
    const notSigned = await t.gql(COMMIT, { statementId: live.id, organizationId: members[2].id, text: 'Promise' }, as(members[2].curator));
    expect(errorCode(notSigned)).toBe('FORBIDDEN');
    ok(await sign(live.id, members[2]));
    expect(errorCode(await t.gql(COMMIT, { statementId: live.id, organizationId: members[2].id, text: 'Promise' }, as(members[1].curator)))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(COMMIT, { statementId: live.id, organizationId: members[2].id, text: 'Promise' }, as(members[2].curator)))).toBeUndefined();
    // The database keeps the rule too: a commitment row needs its organization's signature.
    await expect(t.dataSource.query(`INSERT INTO statement_commitment (statement_id, organization_id, text) VALUES ($1, $2, 'x')`, [live.id, members[0].id])).rejects.toThrow(
      /FK_statement_commitment_signatory/,
    );
  });

  it('refuses hostile values by name: huge texts, control characters, wrong dates, unknown and malformed ids, unknown statuses', async () => {
    const huge = await t.gql(CREATE, { networkId, title: 'Huge', body: 'x'.repeat(100_000) }, as(members[0].curator));
    expect(errorCode(huge)).toBe('BAD_USER_INPUT');
    expect(errorFields(huge)).toEqual(['body']);
    const longTitle = await t.gql(CREATE, { networkId, title: 't'.repeat(201), body: 'ok' }, as(members[0].curator));
    expect(errorFields(longTitle)).toEqual(['title']);
    expect(errorFields(await t.gql(CREATE, { networkId, title: 'Two\nlines', body: 'ok' }, as(members[0].curator)))).toEqual(['title']);
    const nul = await t.gql(CREATE, { networkId, title: 'NUL', body: 'a\u0000b' }, as(members[0].curator));
    expect(errorCode(nul)).toBe('BAD_USER_INPUT');
    expect(errorFields(await t.gql(CREATE, { networkId, title: 'Bell', body: 'ring \u0007' }, as(members[0].curator)))).toEqual(['body']);
    expect(errorFields(await t.gql(CREATE, { networkId, title: '   ', body: 'ok' }, as(members[0].curator)))).toEqual(['title']);
    expect(errorCode(await t.gql(CREATE, { networkId: '00000000-0000-4000-8000-000000000000', title: 'x', body: 'y' }, as(members[0].curator)))).toBe('NOT_FOUND');
    expect(errorFields(await t.gql(CREATE, { networkId: 'not-an-id', title: 'x', body: 'y' }, as(members[0].curator)))).toEqual(['networkId']);

    const live = await published();
    ok(await sign(live.id, members[0]));
    const late = await t.gql(COMMIT, { statementId: live.id, organizationId: members[0].id, text: 'x', dueOn: '2027-02-30' }, as(members[0].curator));
    expect(errorFields(late)).toEqual(['dueOn']);
    expect(errorFields(await t.gql(COMMIT, { statementId: live.id, organizationId: members[0].id, text: 'y'.repeat(1001) }, as(members[0].curator)))).toEqual(['text']);
    const commitment = ok(
      await t.gql<{ addStatementCommitment: { id: string } }>(COMMIT, { statementId: live.id, organizationId: members[0].id, text: 'ok' }, as(members[0].curator)),
    ).addStatementCommitment;
    const badStatus = await t.gql(SET_STATUS, { commitmentId: commitment.id, status: 'FINISHED', note: '' }, as(members[0].curator));
    expect(errorCode(badStatus)).toBe('BAD_USER_INPUT');
    expect(errorFields(await t.gql(SET_STATUS, { commitmentId: commitment.id, status: 'DONE', note: 'n'.repeat(2001) }, as(members[0].curator)))).toEqual(['note']);
    expect(errorCode(await t.gql(SET_STATUS, { commitmentId: '00000000-0000-4000-8000-000000000000', status: 'DONE', note: '' }, as(members[0].curator)))).toBe('NOT_FOUND');
    expect(errorFields(await t.gql(SET_STATUS, { commitmentId: '1; DROP TABLE x', status: 'DONE', note: '' }, as(members[0].curator)))).toEqual(['commitmentId']);
    expect(errorCode(await read('00000000-0000-4000-8000-000000000000', members[0].curator))).toBe('NOT_FOUND');
    expect(errorCode(await read('nope', members[0].curator))).toBe('BAD_USER_INPUT');
    expect(errorCode(await sign('00000000-0000-4000-8000-000000000000', members[0]))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(UPDATE, { statementId: live.id, version: 0 }, as(members[0].curator)))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(STATEMENT, { id: live.id }))).toBe('UNAUTHENTICATED');
  });

  it('gives two curators editing the same version one winner and one CONFLICT', async () => {
    const d = await draft();
    const results = await Promise.all([
      t.gql(UPDATE, { statementId: d.id, version: 1, title: 'First edit' }, as(members[1].curator)),
      t.gql(UPDATE, { statementId: d.id, version: 1, title: 'Second edit' }, as(members[2].curator)),
    ]);
    expect(results.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);
    const [row] = await t.dataSource.query(`SELECT title, version FROM network_statement WHERE id = $1`, [d.id]);
    expect(row.version).toBe(2);
    expect(['First edit', 'Second edit']).toContain(row.title);
  });

  it('refuses null on the title or text of an edit by name, and keeps what is left out', async () => {
    const d = await draft();
    const res = await t.gql(UPDATE, { statementId: d.id, version: 1, title: null, body: null }, as(members[0].curator));
    expect(errorFields(res)).toEqual(['body', 'title']);
    const kept = ok(
      await t.gql<{ updateNetworkStatement: StatementView }>(UPDATE, { statementId: d.id, version: 1, body: 'Only the text' }, as(members[0].curator)),
    ).updateNetworkStatement;
    expect(kept).toMatchObject({ title: 'Tokyo declaration', body: 'Only the text', version: 2 });
  });

  it('keeps deep and huge nested queries within the cost and depth limits', async () => {
    const huge = `query { networks(first: 100) { nodes { statements { commitments { organization { id } } signatures { organization { id } } } } } }`;
    const expensive = await t.post({ query: huge }, as(volunteer));
    expect(expensive.status).toBe(400);
    expect(expensive.body.errors[0].message).toMatch(/too expensive/);
    const nested = `query($id: ID!) { network(id: $id) { statements { signatures { organization { members { organization { members { organization { members { organization { id } } } } } } } } } } }`;
    const tooDeep = await t.post({ query: nested, variables: { id: networkId } }, as(volunteer));
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.errors[0].message).toMatch(/exceeds maximum operation depth/);
    const fine = await t.gql<{ network: { statements: unknown[] } }>(
      `query($id: ID!) { network(id: $id) { statements { signatures { organization { id } } progress { total } } } }`,
      { id: networkId },
      as(volunteer),
    );
    expect(fine.errors).toBeUndefined();
  });
});
