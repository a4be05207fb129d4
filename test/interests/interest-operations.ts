import { TestApp } from '../utils/test-app';

/** The interests API as the tests call it, one helper per operation. */
export interface InterestView {
  id: string;
  status: string;
  note: string;
  roleId: string;
  needId: string;
  matchId: string | null;
  declineReason: string | null;
  candidateName: string;
  volunteerProfile: { id: string } | null;
}

const FIELDS = 'id status note roleId needId matchId declineReason candidateName volunteerProfile { id }';

export const raiseInterest = (t: TestApp, token: string, roleId: string, note = '') =>
  t.gql<{ raiseInterest: InterestView }>(`mutation($input: RaiseInterestInput!) { raiseInterest(input: $input) { ${FIELDS} } }`, { input: { roleId, note } }, token);

export const withdrawInterest = (t: TestApp, token: string, id: string) =>
  t.gql<{ withdrawInterest: InterestView }>(`mutation($id: ID!) { withdrawInterest(id: $id) { ${FIELDS} } }`, { id }, token);

export const declineInterest = (t: TestApp, token: string, id: string, reason?: string) =>
  t.gql<{ declineInterest: InterestView }>(`mutation($id: ID!, $reason: String) { declineInterest(id: $id, reason: $reason) { ${FIELDS} } }`, { id, reason }, token);

export const offerFromInterest = (t: TestApp, token: string, interestId: string) =>
  t.gql<{ offerFromInterest: InterestView }>(`mutation($id: ID!) { offerFromInterest(interestId: $id) { ${FIELDS} } }`, { id: interestId }, token);

export const listInterests = (t: TestApp, token: string, filter: Record<string, unknown> = {}, first = 20) =>
  t.gql<{ interests: { totalCount: number; nodes: InterestView[] } }>(
    `query($filter: InterestFilter, $first: Int) { interests(filter: $filter, first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { ${FIELDS} } } }`,
    { filter, first },
    token,
  );
