import { Session } from '../utils/operations';
import { TestApp } from '../utils/test-app';

/** Need-specific GraphQL operations for the needs and GraphQL tests; rows written straight to the database come from test/utils/fixtures. */
export const NEED_FIELDS = `id title summary status focusArea country language remote startsOn endsOn publishedAt nonprofitId programId
  nonprofit { id name } program { id name }
  roles { id kind title hoursPerMonth seats seatsFilled seatsOpen amount skills { level weight skill { id name } } }`;

export const CREATE_NEED = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { ${NEED_FIELDS} } }`;
export const UPDATE_NEED = `mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { ${NEED_FIELDS} } }`;
export const PUBLISH_NEED = `mutation($id: ID!) { publishNeed(id: $id) { ${NEED_FIELDS} } }`;
export const CANCEL_NEED = `mutation($id: ID!, $reason: String!) { cancelNeed(id: $id, reason: $reason) { id status } }`;
export const NEED = `query($id: ID!) { need(id: $id) { ${NEED_FIELDS} } }`;
export const NEEDS = `query($filter: NeedFilter, $first: Int, $after: String) { needs(filter: $filter, first: $first, after: $after) { totalCount nodes { id title status } pageInfo { endCursor hasNextPage } } }`;
export const ADD_ROLE = `mutation($needId: ID!, $input: RoleInput!) { addNeedRole(needId: $needId, input: $input) { id kind title seats seatsOpen amount need { id } skills { level weight skill { id name } } } }`;
export const UPDATE_ROLE = `mutation($roleId: ID!, $input: UpdateNeedRoleInput!) { updateNeedRole(roleId: $roleId, input: $input) { id title seats seatsFilled seatsOpen amount skills { level skill { id } } } }`;
export const REMOVE_ROLE = `mutation($roleId: ID!) { removeNeedRole(roleId: $roleId) { id roles { id } } }`;

export interface RoleOut {
  id: string;
  kind: string;
  title: string;
  seats: number;
  seatsFilled: number;
  seatsOpen: number;
  amount: number | null;
  skills: { level: number; weight: number; skill: { id: string; name: string } }[];
}

export interface NeedOut {
  id: string;
  title: string;
  status: string;
  publishedAt: string | null;
  programId: string | null;
  nonprofit: { id: string; name: string };
  program: { id: string; name: string } | null;
  roles: RoleOut[];
}

export const SKILLS = ['financial-planning', 'web-development', 'grant-writing', 'brand-strategy', 'employment-law'];

export function needInput(nonprofitId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    nonprofitId,
    title: 'Bookkeeping for a food bank',
    summary: 'Set up bookkeeping and a yearly budget for our volunteer-run food bank.',
    impact: 'More meals for families in need',
    focusArea: 'VULNERABLE_GROUPS',
    country: 'JP',
    language: 'ja',
    remote: true,
    startsOn: '2026-04-01',
    endsOn: '2026-09-30',
    roles: [
      {
        kind: 'VOLUNTEER',
        title: 'Accountant',
        hoursPerMonth: 10,
        seats: 2,
        skills: [
          { skillId: 'financial-planning', level: 4, weight: 5 },
          { skillId: 'grant-writing', level: 2, weight: 1 },
        ],
      },
      { kind: 'FUNDING', title: 'Seed money', amount: 5000, skills: [] },
    ],
    ...overrides,
  };
}

export async function createNeed(t: TestApp, session: Session, input: Record<string, unknown>): Promise<NeedOut> {
  const res = await t.gql<{ createNeed: NeedOut }>(CREATE_NEED, { input }, session.token);
  if (!res.data?.createNeed) throw new Error(`createNeed failed: ${JSON.stringify(res.errors)}`);
  return res.data.createNeed;
}

export async function publishNeed(t: TestApp, session: Session, id: string): Promise<NeedOut> {
  const res = await t.gql<{ publishNeed: NeedOut }>(PUBLISH_NEED, { id }, session.token);
  if (!res.data?.publishNeed) throw new Error(`publishNeed failed: ${JSON.stringify(res.errors)}`);
  return res.data.publishNeed;
}
