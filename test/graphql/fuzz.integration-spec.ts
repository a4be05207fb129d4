import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

import { DEMO_EMAILS, DEMO_PASSWORD } from '../../src/seed/data/demo-world.data';
import { seedDemoWorld } from '../../src/seed/seed.service';
import { loadSkillTaxonomy } from '../../src/skills/skill-taxonomy.loader';
import { AUTH_FIELDS } from '../utils/operations';
import { createTestApp, TestApp } from '../utils/test-app';

/**
 * Derives operations from the committed schema: every query, mutation and subscription field,
 * each argument (and each field of its input objects, a few levels down) given hostile values,
 * the others plausible ones; plus missing required variables. Sent over HTTP as the platform
 * admin (who passes access checks, so values reach services and the database) and anonymously.
 */

const SEED = 20261205;
const VALUES_PER_POSITION = 5;
// Requests in flight at once: overlaps database round trips; each still has to answer within SLOW_MS.
const CONCURRENCY = 2;
const SLOW_MS = 1000;

const deepObject = (depth: number): unknown => (depth === 0 ? 'bottom' : { a: deepObject(depth - 1) });
const deepList = (depth: number): unknown => (depth === 0 ? 'bottom' : [deepList(depth - 1)]);

const HOSTILE: unknown[] = [
  null,
  true,
  0,
  -1,
  2147483648,
  5e-324,
  1e308,
  -1e308,
  'x'.repeat(40_000),
  'a\u0000b',
  'a\ud800b',
  '\udfff',
  '',
  '   ',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  "' OR 1=1; DROP TABLE need; --",
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '2026-13-45T99:99:99Z',
  '-271821-04-20T00:00:00.000Z',
  'NaN',
  '%00%2e%2e%2f',
  [],
  Array.from({ length: 5000 }, (_, i) => `item${i}`),
  {},
  { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } },
  deepObject(300),
  deepList(300),
];

type Path = (string | number)[];

interface Operation {
  label: string;
  query: string;
  variables: Record<string, unknown>;
  anonymous: boolean;
}

interface Outcome {
  label: string;
  status: number;
  ms: number;
  codes: string[];
  problem?: string;
}

function plausibleScalar(type: GraphQLNamedType, name: string, ids: string[], pick: number): unknown {
  if (isEnumType(type)) return type.getValues()[pick % type.getValues().length].value;
  switch (type.name) {
    case 'ID':
      return ids[pick % ids.length];
    case 'Int':
      return 1 + (pick % 5);
    case 'Float':
      return 1.5;
    case 'Boolean':
      return pick % 2 === 0;
    case 'DateTime':
      return '2026-06-01T00:00:00.000Z';
    case 'JSON':
      return {};
  }
  if (/email/i.test(name)) return `fuzz${pick}@example.org`;
  if (/countr/i.test(name)) return 'JP';
  if (/language|locale/i.test(name)) return 'en';
  if (/timeZone/i.test(name)) return 'Asia/Tokyo';
  if (/currency/i.test(name)) return 'EUR';
  if (/password/i.test(name)) return 'a plausible passphrase 42';
  if (/after|cursor/i.test(name)) return null;
  return `Fuzz ${name} ${pick}`;
}

/** A value the schema accepts for `type`: required fields filled, optional ones left out. */
function plausible(type: GraphQLInputType, name: string, ids: string[], pick: number): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [plausible(inner.ofType, name, ids, pick)];
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = plausible(field.type, field.name, ids, pick);
    }
    return value;
  }
  return plausibleScalar(inner as GraphQLNamedType, name, ids, pick);
}

/** Every position a hostile value can go: the argument, and its input fields (through lists) a few levels down. */
function positions(type: GraphQLInputType, path: Path = [], depth = 0): Path[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  const here = [path];
  if (depth >= 3) return here;
  if (isListType(inner)) return [...here, ...positions(inner.ofType, [...path, 0], depth + 1).slice(1)];
  if (isInputObjectType(inner)) {
    return [...here, ...Object.values(inner.getFields()).flatMap((f) => positions(f.type, [...path, f.name], depth + 1))];
  }
  return here;
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const container = (root && typeof root === 'object' ? root : typeof head === 'number' ? [] : {}) as Record<string | number, unknown>;
  container[head] = setAt(container[head], rest, value);
  return container;
}

/** A small selection of the return type: its scalar fields, or a connection's count and ids. */
function selection(type: GraphQLNamedType): string {
  if (isLeafType(type) || !isObjectType(type)) return '';
  const fields = Object.values((type as GraphQLObjectType).getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type)));
  const nodes = fields.find((f) => f.name === 'nodes');
  if (nodes) return '{ totalCount nodes { __typename } }';
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type))).slice(0, 6);
  return `{ __typename ${leaves.map((f) => f.name).join(' ')} }`;
}

function document(kind: string, field: GraphQLField<unknown, unknown>): string {
  const args = field.args;
  const declared = args.length ? `(${args.map((a, i) => `$a${i}: ${String(a.type)}`).join(', ')})` : '';
  const passed = args.length ? `(${args.map((a, i) => `${a.name}: $a${i}`).join(', ')})` : '';
  return `${kind} Fuzz${declared} { ${field.name}${passed} ${selection(getNamedType(field.type))} }`;
}

function plausibleVariables(args: readonly GraphQLArgument[], ids: string[], pick: number): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  args.forEach((a, i) => {
    if (isNonNullType(a.type)) variables[`a${i}`] = plausible(a.type, a.name, ids, pick);
  });
  return variables;
}

function deriveOperations(ids: string[]): Operation[] {
  const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
  const roots: [string, GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  const operations: Operation[] = [];
  let seed = SEED;
  const add = (label: string, query: string, variables: Record<string, unknown>) => operations.push({ label, query, variables, anonymous: operations.length % 4 === 3 });

  for (const [kind, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const query = document(kind, field);
      add(`${field.name} plausible`, query, plausibleVariables(field.args, ids, 0));
      if (field.args.some((a) => isNonNullType(a.type))) add(`${field.name} without variables`, query, {});
      field.args.forEach((arg, i) => {
        for (const path of positions(arg.type)) {
          const picks = fc.sample(fc.tuple(fc.constantFrom(...HOSTILE), fc.nat()), { seed: seed++, numRuns: VALUES_PER_POSITION });
          for (const [hostile, pick] of picks) {
            const variables = plausibleVariables(field.args, ids, pick);
            variables[`a${i}`] = setAt(structuredClone(variables[`a${i}`] ?? plausible(arg.type, arg.name, ids, pick)), path, hostile);
            add(`${field.name}(${[arg.name, ...path].join('.')})`, query, variables);
          }
        }
      });
    }
  }
  return operations;
}

function judge(op: Operation, status: number, ms: number, body: { errors?: { extensions?: { code?: string } }[] } | undefined): Outcome {
  const errors = body?.errors ?? [];
  const codes = errors.map((e) => e.extensions?.code ?? 'NO CODE');
  let problem: string | undefined;
  if (status >= 500) problem = `HTTP ${status}`;
  else if (codes.includes('INTERNAL_SERVER_ERROR')) problem = 'INTERNAL_SERVER_ERROR';
  else if (codes.includes('NO CODE')) problem = 'an error without extensions.code';
  else if (status >= 400 && errors.length === 0) problem = `HTTP ${status} without errors`;
  else if (ms > SLOW_MS) problem = `slow: ${ms} ms`;
  const label = `${op.anonymous ? 'anonymous ' : ''}${op.label}`;
  return { label: problem ? `${label} ${JSON.stringify(op.variables).slice(0, 300)}` : label, status, ms, codes, problem };
}

const histogram = (values: (string | number)[]) =>
  Object.fromEntries([...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string | number, number>())].sort(([, a], [, b]) => b - a));

describe('GraphQL fuzz: hostile values for every argument of the schema', () => {
  let t: TestApp;
  let adminToken: string;
  let ids: string[];

  beforeAll(async () => {
    t = await createTestApp();
    await loadSkillTaxonomy(t.dataSource);
    await seedDemoWorld(t.dataSource);
    const signIn = await t.gql<{ signIn: { accessToken: string } }>(`mutation($input: SignInInput!) { signIn(input: $input) { ${AUTH_FIELDS} } }`, {
      input: { email: DEMO_EMAILS.platformAdmin, password: DEMO_PASSWORD },
    });
    adminToken = signIn.data!.signIn.accessToken;
    // Real ids of every kind, so plausible arguments reach services and the database.
    const rows: { id: string }[] = await t.dataSource.query(
      `(SELECT id::text FROM organization LIMIT 6) UNION ALL (SELECT id::text FROM need LIMIT 6) UNION ALL (SELECT id::text FROM need_role LIMIT 6)
       UNION ALL (SELECT id::text FROM program LIMIT 4) UNION ALL (SELECT id::text FROM network LIMIT 3) UNION ALL (SELECT id::text FROM membership LIMIT 4)
       UNION ALL (SELECT id::text FROM skill LIMIT 6) UNION ALL (SELECT id::text FROM user_account LIMIT 4) UNION ALL (SELECT id::text FROM funding_offer LIMIT 3)
       UNION ALL (SELECT id::text FROM affiliation LIMIT 3)`,
    );
    ids = rows.map((r) => r.id);
  });
  afterAll(() => t.close());

  it('answers every derived operation in under a second with a typed 4xx/2xx, never a server error', async () => {
    const operations = deriveOperations(ids);
    expect(operations.length).toBeGreaterThanOrEqual(2000);
    // One listening socket with keep-alive: supertest would open a server per request.
    await t.app.listen(0, '127.0.0.1');
    const url = `${await t.app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
    const send = async (op: Operation): Promise<Outcome> => {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (!op.anonymous) headers.Authorization = `Bearer ${adminToken}`;
      const sent = Date.now();
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: op.query, variables: op.variables }) });
      const body = (await res.json().catch(() => undefined)) as Parameters<typeof judge>[3];
      return judge(op, res.status, Date.now() - sent, body);
    };
    // The first call of each resolver pays for loading and compiling its code once: not what a client waits for later.
    for (const op of operations.filter((o) => o.label.endsWith('plausible'))) await send(op);
    const outcomes: Outcome[] = [];
    const started = Date.now();
    let next = 0;
    const sendAll = async () => {
      while (next < operations.length) outcomes.push(await send(operations[next++]));
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, sendAll));
    const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 5);
    const problems = outcomes.filter((o) => o.problem);
    console.log(
      [
        `fuzz seed ${SEED}: ${operations.length} operations (${operations.filter((o) => o.anonymous).length} anonymous), ${CONCURRENCY} at a time, in ${Date.now() - started} ms`,
        `status: ${JSON.stringify(histogram(outcomes.map((o) => o.status)))}`,
        `codes: ${JSON.stringify(histogram(outcomes.flatMap((o) => o.codes)))}`,
        `slowest: ${slowest.map((o) => `${o.label} ${o.ms} ms`).join('; ')}`,
        `problems: ${problems.length}`,
        ...problems.slice(0, 30).map((o) => `  ${o.problem}: ${o.label} → ${o.status} ${o.codes.join(',')}`),
      ].join('\n'),
    );
    expect(problems.map((o) => `${o.problem}: ${o.label}`)).toEqual([]);
  }, 180_000);
});
