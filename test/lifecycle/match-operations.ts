import { GqlResult, TestApp } from '../utils/test-app';

/** GraphQL operations of the match lifecycle, for the tests. */
export const MATCH_FIELDS = 'id status version nonprofitAcceptedAt candidateAcceptedAt offeredAt expiresAt confirmedAt completedAt declineReason statusNote allowedActions';

export interface MatchView {
  id: string;
  status: string;
  version: number;
  nonprofitAcceptedAt: string | null;
  candidateAcceptedAt: string | null;
  offeredAt: string | null;
  expiresAt: string | null;
  confirmedAt: string | null;
  completedAt: string | null;
  declineReason: string | null;
  statusNote: string | null;
  allowedActions: string[];
}

type Op = (t: TestApp, token: string, id: string, version: number, extra?: Record<string, unknown>) => Promise<GqlResult<Record<string, MatchView>>>;

const versioned =
  (name: string, extraArgs = '', extraVars = ''): Op =>
  (t, token, id, version, extra = {}) =>
    t.gql<Record<string, MatchView>>(
      `mutation($id: ID!, $version: Int!${extraVars}) { ${name}(id: $id, version: $version${extraArgs}) { ${MATCH_FIELDS} } }`,
      { id, version, ...extra },
      token,
    );

export const acceptMatch = versioned('acceptMatch');
export const declineMatch = versioned('declineMatch', ', reason: $reason, note: $note', ', $reason: DeclineReason!, $note: String');
export const withdrawMatch = versioned('withdrawMatch', ', reason: $reason', ', $reason: String');
export const startMatch = versioned('startMatch');
export const completeMatch = versioned('completeMatch');
export const cancelMatch = versioned('cancelMatch', ', reason: $reason', ', $reason: String!');

export interface DecisionResult {
  matchId: string;
  ok: boolean;
  match: MatchView | null;
  error: { code: string; message: string; currentStatus: string | null; currentVersion: number | null } | null;
}

export function decideProposals(t: TestApp, token: string, verb: 'approveProposals' | 'rejectProposals', matchIds: string[], reason?: string) {
  return t.gql<Record<string, DecisionResult[]>>(
    `mutation($input: ProposalDecisionInput!) { ${verb}(input: $input) { matchId ok match { ${MATCH_FIELDS} } error { code message currentStatus currentVersion } } }`,
    { input: { matchIds, reason } },
    token,
  );
}

export function createManualMatch(t: TestApp, token: string, input: Record<string, unknown>) {
  return t.gql<{ createManualMatch: MatchView }>(
    `mutation($input: CreateManualMatchInput!) { createManualMatch(input: $input) { ${MATCH_FIELDS} manual explanation reasons { kind note skillId } breakdown { parts { skills } } } }`,
    { input },
    token,
  );
}

export function getMatch(t: TestApp, token: string, id: string) {
  return t.gql<{ match: MatchView & { events: { action: string; fromStatus: string | null; toStatus: string; reason: string | null }[] } }>(
    `query($id: ID!) { match(id: $id) { ${MATCH_FIELDS} events { action fromStatus toStatus reason actorUserId } } }`,
    { id },
    token,
  );
}

/** The data of a successful result, or a thrown error showing what went wrong. */
export function ok<T>(res: GqlResult<Record<string, T>>, field: string): T {
  if (res.errors?.length || !res.data?.[field]) throw new Error(`${field} failed: ${JSON.stringify(res.errors)}`);
  return res.data[field];
}
