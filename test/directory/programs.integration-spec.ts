import { insertAffiliation } from '../utils/fixtures';
import { insertMembership } from '../utils/fixtures';
import { gqlData, intermediaryWithCurator, organizationWithAdmin, platformAdmin, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, errorFields, TestApp } from '../utils/test-app';
import { countRows } from './directory.operations';

const CREATE = `mutation($input: CreateProgramInput!) {
  createProgram(input: $input) { id name startsOn endsOn requiresMentor curationRequired intermediary { id } participants { id } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateProgramInput!) { updateProgram(id: $id, input: $input) { id name startsOn endsOn requiresMentor } }`;
const LIST = `query($filter: ProgramFilter) { programs(filter: $filter) { totalCount nodes { id name } } }`;
const ONE = `query($id: ID!) { program(id: $id) { id name intermediary { id } participants { id role organization { id kind } } } }`;
const ADD = `mutation($programId: ID!, $organizationId: ID!, $role: ProgramParticipantRole!) {
  addProgramParticipant(programId: $programId, organizationId: $organizationId, role: $role) { id role organization { id } }
}`;
const REMOVE = `mutation($id: ID!) { removeProgramParticipant(id: $id) }`;

interface Program {
  id: string;
  name: string;
  startsOn: string | null;
  endsOn: string | null;
}

describe('programs', () => {
  let t: TestApp;
  let admin: Session;
  let a: { id: string; curator: Session };
  let b: { id: string; curator: Session };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await platformAdmin(t);
    a = await intermediaryWithCurator(t, admin, 'Intermediary A');
    b = await intermediaryWithCurator(t, admin, 'Intermediary B');
  });
  afterAll(() => t.close());

  const create = (input: Record<string, unknown>, token = a.curator.token) =>
    t.gql<{ createProgram: Program }>(CREATE, { input: { intermediaryId: a.id, name: 'Social Entrepreneurs 2025', ...input } }, token);

  it('curators create a program for their intermediary', async () => {
    const res = await create({ description: '20 social entrepreneurs', startsOn: '2025-04-01', endsOn: '2025-09-30', requiresMentor: true });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createProgram).toMatchObject({
      startsOn: '2025-04-01',
      endsOn: '2025-09-30',
      requiresMentor: true,
      curationRequired: true,
      intermediary: { id: a.id },
      participants: [],
    });
  });

  it('validates dates: yyyy-mm-dd, real days, and the end not before the start', async () => {
    const before = await countRows(t, 'program');
    const badFormat = await create({ startsOn: '01/04/2025' });
    expect(errorCode(badFormat)).toBe('BAD_USER_INPUT');
    expect(errorFields(badFormat)).toEqual(['startsOn']);
    expect(errorFields(await create({ endsOn: '2025-02-30' }))).toEqual(['endsOn']);
    const reversed = await create({ startsOn: '2025-09-30', endsOn: '2025-04-01' });
    expect(errorCode(reversed)).toBe('BAD_USER_INPUT');
    expect(reversed.errors?.[0]?.message).toBe('A program must end on or after the day it starts.');
    expect(errorFields(reversed)).toEqual(['endsOn']);
    expect(await countRows(t, 'program')).toBe(before);
    expect((await create({ startsOn: '2025-04-01', endsOn: '2025-04-01' })).errors).toBeUndefined();
  });

  it('a curator of A cannot create a program for B, and programs need an intermediary: database unchanged', async () => {
    const before = await countRows(t, 'program');
    expect(errorCode(await create({ intermediaryId: b.id }))).toBe('FORBIDDEN');
    const nonprofit = await organizationWithAdmin(t, 'NONPROFIT');
    expect(errorCode(await create({ intermediaryId: nonprofit.id }, nonprofit.admin.token))).toBe('FORBIDDEN');
    const notIntermediary = await create({ intermediaryId: nonprofit.id }, admin.token);
    expect(errorCode(notIntermediary)).toBe('BAD_USER_INPUT');
    expect(errorFields(notIntermediary)).toEqual(['intermediaryId']);
    expect(await countRows(t, 'program')).toBe(before);
  });

  it('lists programs within scope only: an unrelated user sees none and gets NOT_FOUND for one', async () => {
    const id = (await create({ name: 'Scoped Program' })).data!.createProgram.id;
    const ofA = await gqlData<{ programs: { nodes: { id: string }[] } }>(t, LIST, { filter: { search: 'scoped' } }, a.curator.token);
    expect(ofA.programs.nodes.map((p) => p.id)).toEqual([id]);
    const ofB = await gqlData<{ programs: { totalCount: number } }>(t, LIST, { filter: { intermediaryId: a.id } }, b.curator.token);
    expect(ofB.programs.totalCount).toBe(0);
    const stranger = await signUp(t);
    const none = await gqlData<{ programs: { totalCount: number; nodes: unknown[] } }>(t, LIST, {}, stranger.token);
    expect(none.programs).toEqual({ totalCount: 0, nodes: [] });
    expect(errorCode(await t.gql(ONE, { id }, stranger.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(ONE, { id }, b.curator.token))).toBe('NOT_FOUND');
    expect((await gqlData<{ program: { id: string } }>(t, ONE, { id }, admin.token)).program.id).toBe(id);
    // Any member of the intermediary sees its programs, not only its admins.
    const colleague = await signUp(t);
    await insertMembership(t, { userId: colleague.userId, organizationId: a.id });
    expect((await gqlData<{ program: { id: string } }>(t, ONE, { id }, colleague.token)).program.id).toBe(id);
  });

  it('adds participants by role and kind; participants see the program; duplicates conflict', async () => {
    const id = (await create({ name: 'Cohort Program' })).data!.createProgram.id;
    const nonprofit = await organizationWithAdmin(t, 'NONPROFIT');
    const company = await organizationWithAdmin(t, 'COMPANY');
    const funder = await organizationWithAdmin(t, 'FUNDER');
    expect(errorCode(await t.gql(ONE, { id }, nonprofit.admin.token))).toBe('NOT_FOUND');
    // Until its admins affiliate it with the intermediary, no organization can be put into its programs.
    expect(errorCode(await t.gql(ADD, { programId: id, organizationId: nonprofit.id, role: 'COHORT' }, a.curator.token))).toBe('FORBIDDEN');
    for (const org of [nonprofit, company, funder]) await insertAffiliation(t, { intermediaryId: a.id, organizationId: org.id });

    const before = await countRows(t, 'program_participant');
    for (const [org, role] of [
      [company.id, 'COHORT'],
      [nonprofit.id, 'PARTNER_COMPANY'],
      [nonprofit.id, 'FUNDER'],
    ]) {
      const res = await t.gql(ADD, { programId: id, organizationId: org, role }, a.curator.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorFields(res)).toEqual(['organizationId']);
    }
    expect(errorCode(await t.gql(ADD, { programId: id, organizationId: nonprofit.id, role: 'COHORT' }, b.curator.token))).toBe('NOT_FOUND');
    expect(await countRows(t, 'program_participant')).toBe(before);

    await gqlData(t, ADD, { programId: id, organizationId: nonprofit.id, role: 'COHORT' }, a.curator.token);
    await gqlData(t, ADD, { programId: id, organizationId: company.id, role: 'PARTNER_COMPANY' }, a.curator.token);
    await gqlData(t, ADD, { programId: id, organizationId: funder.id, role: 'FUNDER' }, a.curator.token);
    expect(errorCode(await t.gql(ADD, { programId: id, organizationId: funder.id, role: 'FUNDER' }, a.curator.token))).toBe('CONFLICT');

    const seen = await gqlData<{ program: { participants: { role: string; organization: { id: string; kind: string } }[] } }>(t, ONE, { id }, nonprofit.admin.token);
    expect(seen.program.participants.map((p) => [p.role, p.organization.kind])).toEqual([
      ['COHORT', 'NONPROFIT'],
      ['PARTNER_COMPANY', 'COMPANY'],
      ['FUNDER', 'FUNDER'],
    ]);
    const listed = await gqlData<{ programs: { nodes: { id: string }[] } }>(t, LIST, {}, funder.admin.token);
    expect(listed.programs.nodes.map((p) => p.id)).toEqual([id]);
    // Taking part does not make a participant a curator of the program.
    expect(errorCode(await t.gql(ADD, { programId: id, organizationId: company.id, role: 'PARTNER_COMPANY' }, nonprofit.admin.token))).toBe('FORBIDDEN');
  });

  it('removes participants, curators only', async () => {
    const id = (await create({ name: 'Shrinking Program' })).data!.createProgram.id;
    const nonprofit = await organizationWithAdmin(t, 'NONPROFIT');
    await insertAffiliation(t, { intermediaryId: a.id, organizationId: nonprofit.id });
    const participant = await gqlData<{ addProgramParticipant: { id: string } }>(t, ADD, { programId: id, organizationId: nonprofit.id, role: 'COHORT' }, a.curator.token);
    const participantId = participant.addProgramParticipant.id;
    expect(errorCode(await t.gql(REMOVE, { id: participantId }, nonprofit.admin.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(REMOVE, { id: participantId }, b.curator.token))).toBe('NOT_FOUND');
    expect((await gqlData<{ removeProgramParticipant: boolean }>(t, REMOVE, { id: participantId }, a.curator.token)).removeProgramParticipant).toBe(true);
    expect(errorCode(await t.gql(ONE, { id }, nonprofit.admin.token))).toBe('NOT_FOUND');
  });

  it('updates a program, checking dates against the stored ones', async () => {
    const id = (await create({ name: 'Editable', startsOn: '2025-04-01', endsOn: '2025-06-30' })).data!.createProgram.id;
    const res = await gqlData<{ updateProgram: Program & { requiresMentor: boolean } }>(
      t,
      UPDATE,
      { id, input: { name: 'Edited', endsOn: '2025-12-31', requiresMentor: true } },
      a.curator.token,
    );
    expect(res.updateProgram).toEqual({ id, name: 'Edited', startsOn: '2025-04-01', endsOn: '2025-12-31', requiresMentor: true });
    const reversed = await t.gql(UPDATE, { id, input: { endsOn: '2025-03-01' } }, a.curator.token);
    expect(errorCode(reversed)).toBe('BAD_USER_INPUT');
    expect(errorFields(reversed)).toEqual(['endsOn']);
    expect(errorCode(await t.gql(UPDATE, { id, input: { name: null } }, a.curator.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(UPDATE, { id, input: { name: 'Hijacked' } }, b.curator.token))).toBe('NOT_FOUND');
    const cleared = await gqlData<{ updateProgram: Program }>(t, UPDATE, { id, input: { startsOn: null } }, a.curator.token);
    expect(cleared.updateProgram).toMatchObject({ name: 'Edited', startsOn: null, endsOn: '2025-12-31' });
    const unchanged = await gqlData<{ updateProgram: Program }>(t, UPDATE, { id, input: {} }, a.curator.token);
    expect(unchanged.updateProgram).toMatchObject({ name: 'Edited', endsOn: '2025-12-31' });
    const [row] = await t.dataSource.query('SELECT name FROM program WHERE id = $1', [id]);
    expect(row.name).toBe('Edited');
  });
});
