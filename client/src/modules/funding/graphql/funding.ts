export const fundingOfferFields = /* GraphQL */ `
  fragment FundingOfferFields on FundingOffer {
    id
    funderId
    title
    description
    focusAreas
    countries
    minTicket
    maxTicket
    budgetTotal
    budgetLeft
    currency
    active
    createdAt
    funder {
      id
      name
    }
  }
`;

export const fundingOffers = /* GraphQL */ `
  query FundingOffers($filter: FundingOfferFilter, $first: Int, $after: String) {
    fundingOffers(filter: $filter, first: $first, after: $after) {
      nodes {
        ...FundingOfferFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

export const createFundingOffer = /* GraphQL */ `
  mutation CreateFundingOffer($input: CreateFundingOfferInput!) {
    createFundingOffer(input: $input) {
      ...FundingOfferFields
    }
  }
`;

export const setFundingOfferActive = /* GraphQL */ `
  mutation SetFundingOfferActive($id: ID!, $active: Boolean!) {
    setFundingOfferActive(id: $id, active: $active) {
      id
      active
    }
  }
`;

export const updateFundingOffer = /* GraphQL */ `
  mutation UpdateFundingOffer($id: ID!, $input: UpdateFundingOfferInput!) {
    updateFundingOffer(id: $id, input: $input) {
      ...FundingOfferFields
    }
  }
`;
