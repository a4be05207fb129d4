export const needSummaryFields = /* GraphQL */ `
  fragment NeedSummaryFields on Need {
    id
    title
    status
    focusArea
    country
    remote
    updatedAt
    publishedAt
    nonprofit {
      id
      name
    }
    roles {
      id
      kind
      title
      seats
      seatsFilled
    }
  }
`;

export const needDetailFields = /* GraphQL */ `
  fragment NeedDetailFields on Need {
    ...NeedSummaryFields
    nonprofitId
    summary
    impact
    language
    startsOn
    endsOn
    programId
    program {
      id
      name
      intermediaryId
    }
    roles {
      id
      kind
      title
      description
      hoursPerMonth
      seats
      seatsFilled
      seatsOpen
      amount
      currency
      awaitingCuration {
        count
        since
      }
      skills {
        level
        weight
        skill {
          id
          name
          names {
            en
            de
            ja
          }
        }
      }
    }
  }
`;

export const needs = /* GraphQL */ `
  query Needs($filter: NeedFilter, $first: Int, $after: String) {
    needs(filter: $filter, first: $first, after: $after) {
      nodes {
        ...NeedSummaryFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

export const need = /* GraphQL */ `
  query Need($id: ID!) {
    need(id: $id) {
      ...NeedDetailFields
    }
  }
`;

export const createNeed = /* GraphQL */ `
  mutation CreateNeed($input: CreateNeedInput!) {
    createNeed(input: $input) {
      ...NeedDetailFields
    }
  }
`;

export const publishNeed = /* GraphQL */ `
  mutation PublishNeed($id: ID!) {
    publishNeed(id: $id) {
      id
      status
      publishedAt
    }
  }
`;

export const cancelNeed = /* GraphQL */ `
  mutation CancelNeed($id: ID!, $reason: String!) {
    cancelNeed(id: $id, reason: $reason) {
      id
      status
    }
  }
`;

export const updateNeed = /* GraphQL */ `
  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {
    updateNeed(id: $id, input: $input) {
      ...NeedDetailFields
    }
  }
`;

export const addNeedRole = /* GraphQL */ `
  mutation AddNeedRole($needId: ID!, $input: RoleInput!) {
    addNeedRole(needId: $needId, input: $input) {
      id
    }
  }
`;

export const updateNeedRole = /* GraphQL */ `
  mutation UpdateNeedRole($roleId: ID!, $input: UpdateNeedRoleInput!) {
    updateNeedRole(roleId: $roleId, input: $input) {
      id
    }
  }
`;

export const removeNeedRole = /* GraphQL */ `
  mutation RemoveNeedRole($roleId: ID!) {
    removeNeedRole(roleId: $roleId) {
      id
    }
  }
`;
