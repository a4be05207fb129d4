export const organizationFields = /* GraphQL */ `
  fragment OrganizationFields on Organization {
    id
    kind
    name
    country
    languages
    website
    description
    verified
  }
`;

export const createOrganization = /* GraphQL */ `
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      ...OrganizationFields
    }
  }
`;
