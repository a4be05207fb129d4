export const interestFields = /* GraphQL */ `
  fragment InterestFields on Interest {
    id
    status
    note
    declineReason
    candidateName
    matchId
    createdAt
    need {
      id
      title
      nonprofit {
        id
        name
      }
    }
    role {
      id
      title
      kind
    }
  }
`;

export const interests = /* GraphQL */ `
  query Interests($filter: InterestFilter, $first: Int, $after: String) {
    interests(filter: $filter, first: $first, after: $after) {
      nodes {
        ...InterestFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

export const raiseInterest = /* GraphQL */ `
  mutation RaiseInterest($input: RaiseInterestInput!) {
    raiseInterest(input: $input) {
      ...InterestFields
    }
  }
`;

export const withdrawInterest = /* GraphQL */ `
  mutation WithdrawInterest($id: ID!) {
    withdrawInterest(id: $id) {
      ...InterestFields
    }
  }
`;

export const declineInterest = /* GraphQL */ `
  mutation DeclineInterest($id: ID!, $reason: String) {
    declineInterest(id: $id, reason: $reason) {
      ...InterestFields
    }
  }
`;

export const offerFromInterest = /* GraphQL */ `
  mutation OfferFromInterest($interestId: ID!) {
    offerFromInterest(interestId: $interestId) {
      ...InterestFields
    }
  }
`;
