/** The needs page exactly as issue 11 measured it. */
export const NEEDS_PAGE = `query NeedsPage { needs(first: 20) { totalCount nodes { id title status focusArea country nonprofit { id name } roles { id title kind seats skills { level weight skill { id name } } } } } }`;

/** No resolver at all: what a signed-in request costs before any field is read. */
export const TYPENAME = `query Typename { __typename }`;

export const NEED_WITH_PROPOSALS = `query NeedWithProposals($id: ID!) {
  need(id: $id) { id title status nonprofit { id name } roles { id title seats seatsOpen } }
  matches(filter: { needId: $id }, first: 20) { totalCount nodes { id status score version role { id title } } }
}`;

export const MY_MATCHES = `query MyMatches { matches(filter: { sides: [CANDIDATE] }, first: 20) { totalCount nodes { id status score version need { id title } role { id title } } } }`;

export const CURATION_BOARD = `query CurationBoard { matches(filter: { sides: [CURATOR], statuses: [PROPOSED] }, first: 20) {
  totalCount pageInfo { endCursor hasNextPage } nodes { id status score version need { id title } role { id title } } } }`;

export const IMPACT_REPORT = `query Impact($id: ID!) { impact(scope: { intermediaryId: $id }) {
  totals { proposals offers confirmed completed confirmedHours hoursValue fillRate acceptanceRate }
  byFocusArea { key figures { proposals confirmed confirmedHours } } byMonth { key figures { proposals confirmed } } } }`;

export const ACCEPT_MATCH = `mutation Accept($id: ID!, $version: Int!) { acceptMatch(id: $id, version: $version) { id status version } }`;

export const LOG_HOURS = `mutation LogHours($matchId: ID!, $workedOn: String!) { logHours(matchId: $matchId, input: { hours: 1, workedOn: $workedOn, note: "bench" }) { id } }`;

export const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
