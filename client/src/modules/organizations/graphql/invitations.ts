export const importInvitations = /* GraphQL */ `
  mutation ImportInvitations($organizationId: ID!, $csv: String!) {
    importInvitations(organizationId: $organizationId, csv: $csv) {
      invited
      reinvited
      alreadyMembers
      errors
      rows {
        row
        email
        status
        problem
      }
    }
  }
`;
