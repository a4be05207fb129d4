export const companyEngagements = /* GraphQL */ `
  query CompanyEngagements($companyId: ID!) {
    companyEngagements(companyId: $companyId) {
      employees {
        volunteerProfileId
        name
        engagements
        confirmedHours
      }
      engagements {
        matchId
        volunteerProfileId
        employeeName
        needId
        needTitle
        nonprofitName
        status
        confirmedHours
        confirmedAt
        signOff
        signOffReason
        version
      }
      totals {
        employees
        ongoing
        completed
        confirmedHours
        awaitingSignOff
      }
      requiresSignOff
    }
  }
`;

export const setEmployerSignOff = /* GraphQL */ `
  mutation SetEmployerSignOff($organizationId: ID!, $required: Boolean!) {
    setEmployerSignOff(organizationId: $organizationId, required: $required) {
      id
      requiresEmployerSignOff
    }
  }
`;

export const approveMatchSignOff = /* GraphQL */ `
  mutation ApproveMatchSignOff($matchId: ID!, $expectedVersion: Int) {
    approveMatchSignOff(matchId: $matchId, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`;

export const declineMatchSignOff = /* GraphQL */ `
  mutation DeclineMatchSignOff($matchId: ID!, $reason: String!) {
    declineMatchSignOff(matchId: $matchId, reason: $reason) {
      id
      status
      version
      statusNote
    }
  }
`;
