export const myNetworks = /* GraphQL */ `
  query MyNetworks {
    myNetworks {
      id
      name
      region
    }
  }
`;

export const networkPage = /* GraphQL */ `
  query NetworkPage($id: ID!) {
    network(id: $id) {
      id
      name
      region
      description
      members {
        id
        name
        country
      }
      sharedNeeds(first: 100) {
        needId
        programId
        sharedAt
        sharedByName
        owner {
          id
          name
        }
        need {
          id
          title
          country
          status
          roles {
            id
            kind
            title
            seats
            seatsFilled
          }
        }
      }
    }
  }
`;

export const networkImpact = /* GraphQL */ `
  query NetworkImpact($networkId: ID!) {
    impact(scope: { networkId: $networkId }) {
      currency
      totals {
        proposals
        offers
        confirmed
        confirmedHours
        hoursValue
      }
      viaNetwork {
        proposals
        offers
        confirmed
        confirmedHours
      }
    }
  }
`;

export const needNetworkShares = /* GraphQL */ `
  query NeedNetworkShares($needId: ID!) {
    need(id: $needId) {
      id
      sharedWithNetworkIds
    }
    myNetworks {
      id
      name
    }
  }
`;

export const shareNeed = /* GraphQL */ `
  mutation ShareNeed($needId: ID!, $networkId: ID!) {
    shareNeed(needId: $needId, networkId: $networkId) {
      id
      sharedWithNetworkIds
      sharedWithMyNetwork
    }
  }
`;

export const unshareNeed = /* GraphQL */ `
  mutation UnshareNeed($needId: ID!, $networkId: ID!) {
    unshareNeed(needId: $needId, networkId: $networkId) {
      id
      sharedWithNetworkIds
      sharedWithMyNetwork
    }
  }
`;

export const partnerVolunteers = /* GraphQL */ `
  query PartnerVolunteers($search: String) {
    volunteerProfiles(first: 20, filter: { search: $search, available: true }) {
      nodes {
        id
        headline
        country
        user {
          id
          name
        }
      }
    }
  }
`;

export const proposeAsPartner = /* GraphQL */ `
  mutation ProposeAsPartner($input: ProposeAsPartnerInput!) {
    proposeAsPartner(input: $input) {
      id
      status
    }
  }
`;

export const programNetworkShares = /* GraphQL */ `
  query ProgramNetworkShares($programId: ID!) {
    program(id: $programId) {
      id
      sharedWithNetworkIds
    }
    myNetworks {
      id
      name
    }
  }
`;

export const shareProgram = /* GraphQL */ `
  mutation ShareProgram($programId: ID!, $networkId: ID!) {
    shareProgram(programId: $programId, networkId: $networkId) {
      id
      sharedWithNetworkIds
    }
  }
`;

export const unshareProgram = /* GraphQL */ `
  mutation UnshareProgram($programId: ID!, $networkId: ID!) {
    unshareProgram(programId: $programId, networkId: $networkId) {
      id
      sharedWithNetworkIds
    }
  }
`;
