export const skills = /* GraphQL */ `
  query Skills($first: Int!, $after: String) {
    skills(first: $first, after: $after) {
      nodes {
        id
        name
        names {
          en
          de
          ja
        }
        category
        synonyms
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;
