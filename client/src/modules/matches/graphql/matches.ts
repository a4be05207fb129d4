export const matchCardFields = /* GraphQL */ `
  fragment MatchCardFields on Match {
    id
    status
    score
    breakdown {
      parts {
        skills
        cause
        language
        location
        availability
        affinity
        load
        interest
      }
      weights {
        skills
        cause
        language
        location
        availability
        affinity
        load
        interest
      }
    }
    explanation
    reasons {
      kind
      skillId
      name
      level
      wanted
      language
      country
      sameCountry
      utcOffsetDiffMinutes
      workingHoursOverlap
      hoursPerMonthFree
      hoursPerMonthWanted
      amount
      cause
      programId
      intermediaryId
      activeEngagements
      note
    }
    version
    manual
    candidateKind
    expiresAt
    offeredAt
    confirmedAt
    completedAt
    nonprofitAcceptedAt
    candidateAcceptedAt
    declineReason
    allowedActions
    createdAt
    need {
      id
      title
      focusArea
      country
      publishedAt
      nonprofit {
        id
        name
      }
    }
    role {
      id
      title
      kind
      seats
      seatsFilled
      amount
    }
    volunteerProfile {
      id
      headline
      country
      user {
        id
        name
      }
    }
    mentorProfile {
      id
      headline
      country
      user {
        id
        name
      }
    }
    fundingOffer {
      id
      title
      currency
      funder {
        id
        name
      }
    }
  }
`;

export const matches = /* GraphQL */ `
  query Matches($filter: MatchFilter, $first: Int, $after: String) {
    matches(filter: $filter, first: $first, after: $after) {
      nodes {
        ...MatchCardFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

/** Matches offered to the viewer: their profiles, their funders' offers (sides: [CANDIDATE]). */
export const offeredMatches = /* GraphQL */ `
  query OfferedMatches($filter: MatchFilter, $orderBy: MatchOrder, $first: Int, $after: String) {
    matches(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      nodes {
        ...MatchCardFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

export const acceptMatch = /* GraphQL */ `
  mutation AcceptMatch($id: ID!, $version: Int!) {
    acceptMatch(id: $id, version: $version) {
      ...MatchCardFields
    }
  }
`;

export const declineMatch = /* GraphQL */ `
  mutation DeclineMatch($id: ID!, $version: Int!, $reason: DeclineReason!, $note: String) {
    declineMatch(id: $id, version: $version, reason: $reason, note: $note) {
      ...MatchCardFields
    }
  }
`;

export const startMatch = /* GraphQL */ `
  mutation StartMatch($id: ID!, $version: Int!) {
    startMatch(id: $id, version: $version) {
      ...MatchCardFields
    }
  }
`;

export const completeMatch = /* GraphQL */ `
  mutation CompleteMatch($id: ID!, $version: Int!) {
    completeMatch(id: $id, version: $version) {
      ...MatchCardFields
    }
  }
`;

export const withdrawMatch = /* GraphQL */ `
  mutation WithdrawMatch($id: ID!, $version: Int!, $reason: String) {
    withdrawMatch(id: $id, version: $version, reason: $reason) {
      ...MatchCardFields
    }
  }
`;

export const cancelMatch = /* GraphQL */ `
  mutation CancelMatch($id: ID!, $version: Int!, $reason: String!) {
    cancelMatch(id: $id, version: $version, reason: $reason) {
      ...MatchCardFields
    }
  }
`;
