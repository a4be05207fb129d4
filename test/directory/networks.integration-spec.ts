import { gqlData, intermediaryWithCurator, organizationWithAdmin, platformAdmin, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { countRows } from './directory.operations';

const CREATE = `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id name description region } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { id name description region } }`;
const ADD = `mutation($networkId: ID!, $organizationId: ID!) { addNetworkMember(networkId: $networkId, organizationId: $organizationId) { id members { id } } }`;
const REMOVE = `mutation($networkId: ID!, $organizationId: ID!) { removeNetworkMember(networkId: $networkId, organizationId: $organizationId) { id members { id } } }`;
const LIST = `query($filter: NetworkFilter) { networks(filter: $filter) { totalCount nodes { id name region members { id name } } } }`;
const ONE = `query($id: ID!) { network(id: $id) { id name members { id } } }`;

describe('networks', () => {
  let t: TestApp;
  let admin: Session;
  let user: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await platformAdmin(t);
    user = await signUp(t);
  });
  afterAll(() => t.close());

  const create = (input: Record<string, unknown>, token = admin.token) => t.gql<{ createNetwork: { id: string; name: string; region: string } }>(CREATE, { input }, token);

  it('platform admins create and update networks; others are refused', async () => {
    const res = await create({ name: 'Asia Pro Bono Network', region: 'Asia' });
    expect(res.data?.createNetwork).toMatchObject({ name: 'Asia Pro Bono Network', region: 'Asia' });
    const id = res.data!.createNetwork.id;
    const updated = await gqlData<{ updateNetwork: { name: string; description: string; region: string } }>(
      t,
      UPDATE,
      { id, input: { description: 'Intermediaries across Asia' } },
      admin.token,
    );
    expect(updated.updateNetwork).toEqual({ id, name: 'Asia Pro Bono Network', description: 'Intermediaries across Asia', region: 'Asia' });

    expect((await gqlData<{ updateNetwork: { name: string } }>(t, UPDATE, { id, input: {} }, admin.token)).updateNetwork.name).toBe('Asia Pro Bono Network');
    const before = await countRows(t, 'network');
    expect(errorCode(await create({ name: 'Rogue Network' }, user.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(UPDATE, { id, input: { name: 'Renamed' } }, user.token))).toBe('FORBIDDEN');
    expect(await countRows(t, 'network')).toBe(before);
    expect(errorCode(await create({ name: 'Asia Pro Bono Network' }))).toBe('CONFLICT');
    const nullName = await t.gql(UPDATE, { id, input: { name: null } }, admin.token);
    expect(errorCode(nullName)).toBe('BAD_USER_INPUT');
    expect((nullName.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field)).toContain('name');
    expect((await gqlData<{ network: { name: string } }>(t, ONE, { id }, admin.token)).network.name).toBe('Asia Pro Bono Network');
  });

  it('every signed-in user reads networks and their member intermediaries', async () => {
    const id = (await create({ name: 'Global Pro Bono Network' })).data!.createNetwork.id;
    const intermediary = await intermediaryWithCurator(t, admin);
    await gqlData(t, ADD, { networkId: id, organizationId: intermediary.id }, admin.token);
    const list = await gqlData<{ networks: { totalCount: number; nodes: { id: string; members: { id: string }[] }[] } }>(t, LIST, { filter: { search: 'global' } }, user.token);
    expect(list.networks.nodes).toEqual([expect.objectContaining({ id, members: [expect.objectContaining({ id: intermediary.id })] })]);
    const one = await gqlData<{ network: { id: string } }>(t, ONE, { id }, user.token);
    expect(one.network.id).toBe(id);
    expect(errorCode(await t.gql(ONE, { id: '00000000-0000-4000-8000-000000000000' }, user.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(LIST, {}))).toBe('UNAUTHENTICATED');
  });

  it('adds and removes intermediaries only, by platform admins only', async () => {
    const id = (await create({ name: 'Europe Network', region: 'Europe' })).data!.createNetwork.id;
    const first = await intermediaryWithCurator(t, admin);
    const second = await intermediaryWithCurator(t, admin);
    await gqlData(t, ADD, { networkId: id, organizationId: first.id }, admin.token);
    const added = await gqlData<{ addNetworkMember: { members: { id: string }[] } }>(t, ADD, { networkId: id, organizationId: second.id }, admin.token);
    expect(added.addNetworkMember.members.map((m) => m.id)).toEqual([first.id, second.id]);
    expect(errorCode(await t.gql(ADD, { networkId: id, organizationId: second.id }, admin.token))).toBe('CONFLICT');

    const nonprofit = await organizationWithAdmin(t, 'NONPROFIT');
    const before = await countRows(t, 'network_member');
    const wrongKind = await t.gql(ADD, { networkId: id, organizationId: nonprofit.id }, admin.token);
    expect(errorCode(wrongKind)).toBe('BAD_USER_INPUT');
    expect(wrongKind.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'organizationId' })]);
    expect(errorCode(await t.gql(ADD, { networkId: id, organizationId: nonprofit.id }, first.curator.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(REMOVE, { networkId: id, organizationId: first.id }, first.curator.token))).toBe('FORBIDDEN');
    expect(await countRows(t, 'network_member')).toBe(before);

    const removed = await gqlData<{ removeNetworkMember: { members: { id: string }[] } }>(t, REMOVE, { networkId: id, organizationId: first.id }, admin.token);
    expect(removed.removeNetworkMember.members.map((m) => m.id)).toEqual([second.id]);
    expect(errorCode(await t.gql(REMOVE, { networkId: id, organizationId: first.id }, admin.token))).toBe('NOT_FOUND');
  });
});
