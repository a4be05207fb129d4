import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DocumentNode, getNamedType, getNullableType, isCompositeType, isListType, isObjectType } from 'graphql';
import request from 'supertest';

import { declaredListSize, MAX_ALIASES, MAX_COST, MAX_DEPTH, measureOperation } from '../../src/common/graphql/query-limits';
import { createOrganization, createSignedInApp, Session } from '../utils/operations';
import { TestApp } from '../utils/test-app';

/** `me { ...F0 }` where each fragment spreads the next twice: 2^levels fields if expanded naively. */
function fragmentBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => (i + 1 < levels ? `fragment F${i} on User { id ...F${i + 1} ...F${i + 1} }` : `fragment F${i} on User { id name }`));
  return `query Bomb { me { ...F0 } } ${fragments.join(' ')}`;
}

/** organization > members > organization > members … `levels` times. */
function nestedMembers(levels: number): string {
  let selection = 'id name';
  for (let i = 0; i < levels; i++) selection = `id members { id organization { ${selection} } }`;
  return `query($id: ID!) { organization(id: $id) { ${selection} } }`;
}

/** The operations the React client sends, read from its generated documents. */
function clientOperations(): { name: string; document: DocumentNode }[] {
  const source = readFileSync(join(__dirname, '..', '..', 'client', 'src', 'generated', 'graphql.ts'), 'utf8');
  return [...source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)].map(([, name, json]) => ({
    name,
    document: JSON.parse(json) as DocumentNode,
  }));
}

describe('GraphQL query limits (depth, aliases, cost) in linear time', () => {
  let t: TestApp;
  let session: Session;

  beforeAll(async () => {
    ({ t, session } = await createSignedInApp());
  });
  afterAll(() => t.close());

  it.each([27, 60])('answers a fragment bomb of %i levels with 400 in under a second while /health keeps answering', async (levels) => {
    const started = Date.now();
    const health = request(t.app.getHttpServer()).get('/health');
    const [bomb, healthRes] = await Promise.all([t.post({ query: fragmentBomb(levels) }, session.token), health]);
    const elapsed = Date.now() - started;
    expect(bomb.status).toBe(400);
    expect(bomb.body.data).toBeUndefined();
    expect(bomb.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bomb.body.errors[0].message).toMatch(/too expensive/);
    expect(healthRes.status).toBe(200);
    expect(elapsed).toBeLessThan(1000);
  });

  it('refuses a fragment cycle as a validation error (400), not a server error', async () => {
    const res = await t.post({ query: `query { me { ...A } } fragment A on User { id ...B } fragment B on User { name ...A }` }, session.token);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors.map((e: { message: string }) => e.message).join(' ')).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('counts aliases and depth through fragments as often as they are spread', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
    const twice = await t.post({ query: `query { me { ...A ...B } } fragment A on User { ${aliases} } fragment B on User { ...A }` }, session.token);
    expect(twice.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(twice.body.errors[0].message).toContain(`more than ${MAX_ALIASES} aliases`);
    const once = await t.post({ query: `query { me { ...A } } fragment A on User { ${aliases} }` }, session.token);
    expect(once.body.errors).toBeUndefined();
  });

  describe('an organization with many members', () => {
    let organizationId: string;

    beforeAll(async () => {
      organizationId = await createOrganization(t, session, { kind: 'NONPROFIT' });
      // 300 members, more than the 200 a member list shows.
      await t.dataSource.query(
        `WITH people AS (
           INSERT INTO user_account (email, password_hash, name)
           SELECT 'member' || n || '@crowd.example.org', 'x', 'Member ' || n FROM generate_series(1, 300) n RETURNING id)
         INSERT INTO membership (user_id, organization_id) SELECT id, $1 FROM people`,
        [organizationId],
      );
    });

    it('refuses organization > members > organization > members … before running it', async () => {
      const started = Date.now();
      const res = await t.post({ query: nestedMembers(3), variables: { id: organizationId } }, session.token);
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toContain(`limit ${MAX_COST})`);
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it('lists at most the declared number of members, which is what the cost counts', async () => {
      const res = await t.gql<{ organization: { members: { id: string }[] } }>(nestedMembers(1), { id: organizationId }, session.token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.organization.members).toHaveLength(200);
    });
  });

  it('declares a maximum size for every list of objects in the schema, or paginates it with `first`', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const list = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
        const paginated = field.args.some((a) => a.name === 'first');
        if (list && !paginated && declaredListSize(field) === undefined) undeclared.push(`${type.name}.${field.name}`);
        // A connection's nodes are priced by `first`, so whatever returns a connection must take it.
        const returned = getNamedType(field.type);
        const pagedNodes = isObjectType(returned) && Object.values(returned.getFields()).some((f) => declaredListSize(f) === 'page');
        if (pagedNodes && !paginated) undeclared.push(`${type.name}.${field.name} (a connection without first)`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  // The client asks for pages of 20, except the screens listed here.
  const CLIENT_PAGE_SIZES: Record<string, number> = { Programs: 50, CurationBoard: 50, Needs: 100 };

  it('lets every operation of the client through the limits with the page size it asks for', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = clientOperations();
    expect(operations.length).toBeGreaterThan(20);
    const over = operations
      .map(({ name, document }) => ({ name, ...measureOperation(schema, document, { first: CLIENT_PAGE_SIZES[name] ?? 20 }) }))
      .filter((m) => m.cost > MAX_COST || m.depth > MAX_DEPTH || m.aliases > MAX_ALIASES);
    expect(over).toEqual([]);
  });
});
