/** The curation board: matches of the needs the viewer curates (sides: [CURATOR]). */
export const curationBoard = /* GraphQL */ `
  query CurationBoard($filter: MatchFilter, $orderBy: MatchOrder, $first: Int, $after: String) {
    matches(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      nodes {
        ...MatchCardFields
        proposedByIntermediary {
          id
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

export const approveProposals = /* GraphQL */ `
  mutation ApproveProposals($input: ProposalDecisionInput!) {
    approveProposals(input: $input) {
      matchId
      ok
      match {
        id
        status
        version
        allowedActions
      }
      error {
        code
        message
      }
    }
  }
`;

export const rejectProposals = /* GraphQL */ `
  mutation RejectProposals($input: ProposalDecisionInput!) {
    rejectProposals(input: $input) {
      matchId
      ok
      match {
        id
        status
        version
        allowedActions
      }
      error {
        code
        message
      }
    }
  }
`;

export const createManualMatch = /* GraphQL */ `
  mutation CreateManualMatch($input: CreateManualMatchInput!) {
    createManualMatch(input: $input) {
      ...MatchCardFields
    }
  }
`;

export const candidateSearch = /* GraphQL */ `
  query CandidateSearch($search: String) {
    volunteerProfiles(filter: { search: $search, available: true }, first: 20) {
      nodes {
        id
        headline
        user {
          id
          name
        }
      }
    }
    mentorProfiles(filter: { search: $search, available: true }, first: 20) {
      nodes {
        id
        headline
        user {
          id
          name
        }
      }
    }
  }
`;

export const matchingRunFields = /* GraphQL */ `
  fragment MatchingRunFields on MatchingRun {
    id
    scope
    scopeId
    trigger
    status
    progress
    counts
    error
    startedAt
    finishedAt
    createdAt
  }
`;

export const matchingRuns = /* GraphQL */ `
  query MatchingRuns($filter: MatchingRunFilter, $first: Int, $after: String) {
    matchingRuns(filter: $filter, first: $first, after: $after) {
      nodes {
        ...MatchingRunFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

export const startMatchingRun = /* GraphQL */ `
  mutation StartMatchingRun($input: StartMatchingRunInput!) {
    startMatchingRun(input: $input) {
      ...MatchingRunFields
    }
  }
`;

export const matchingRunProgress = /* GraphQL */ `
  subscription MatchingRunProgress($runId: ID!) {
    matchingRunProgress(runId: $runId) {
      ...MatchingRunFields
    }
  }
`;
