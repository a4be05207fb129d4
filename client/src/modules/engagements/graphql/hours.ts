export const hoursLogFields = /* GraphQL */ `
  fragment HoursLogFields on HoursLog {
    id
    matchId
    workedOn
    hours
    note
    status
    disputeReason
    reviewedAt
    createdAt
  }
`;

export const engagements = /* GraphQL */ `
  query Engagements($filter: MatchFilter, $first: Int, $after: String) {
    matches(filter: $filter, first: $first, after: $after) {
      nodes {
        ...MatchCardFields
        statusNote
        confirmedHours
        hoursLogs {
          ...HoursLogFields
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

export const logHours = /* GraphQL */ `
  mutation LogHours($matchId: ID!, $input: LogHoursInput!) {
    logHours(matchId: $matchId, input: $input) {
      ...HoursLogFields
    }
  }
`;

export const confirmHours = /* GraphQL */ `
  mutation ConfirmHours($id: ID!) {
    confirmHours(id: $id) {
      ...HoursLogFields
    }
  }
`;

export const disputeHours = /* GraphQL */ `
  mutation DisputeHours($id: ID!, $reason: String!) {
    disputeHours(id: $id, reason: $reason) {
      ...HoursLogFields
    }
  }
`;

export const updateHours = /* GraphQL */ `
  mutation UpdateHours($id: ID!, $input: LogHoursInput!) {
    updateHours(id: $id, input: $input) {
      ...HoursLogFields
    }
  }
`;

export const deleteHours = /* GraphQL */ `
  mutation DeleteHours($id: ID!) {
    deleteHours(id: $id)
  }
`;
