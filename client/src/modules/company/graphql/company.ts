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
      }
      totals {
        employees
        ongoing
        completed
        confirmedHours
      }
    }
  }
`;
