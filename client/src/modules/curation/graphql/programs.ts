export const programFields = /* GraphQL */ `
  fragment ProgramFields on Program {
    id
    intermediaryId
    name
    description
    startsOn
    endsOn
    requiresMentor
    curationRequired
    intermediary {
      id
      name
    }
    participants {
      id
      role
      organization {
        id
        name
        kind
      }
    }
  }
`;

export const programs = /* GraphQL */ `
  query Programs($filter: ProgramFilter, $first: Int, $after: String) {
    programs(filter: $filter, first: $first, after: $after) {
      nodes {
        ...ProgramFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

export const createProgram = /* GraphQL */ `
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      ...ProgramFields
    }
  }
`;
