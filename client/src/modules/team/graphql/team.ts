export const needTeam = /* GraphQL */ `
  query NeedTeam($needId: ID!) {
    matches(filter: { needId: $needId, statuses: [CONFIRMED, ACTIVE, COMPLETED] }, first: 100) {
      nodes {
        id
        status
        roleId
        candidateKind
        volunteerProfile {
          id
          user {
            id
            name
          }
        }
        mentorProfile {
          id
          user {
            id
            name
          }
        }
        fundingOffer {
          id
          funder {
            id
            name
          }
        }
      }
      totalCount
    }
  }
`;
