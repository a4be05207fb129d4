const STATEMENT_FIELDS = /* GraphQL */ `
  fragment NetworkStatementFields on NetworkStatement {
    id
    networkId
    title
    body
    status
    version
    publishedAt
    withdrawnAt
    draftedBy {
      id
      name
    }
    signatures {
      id
      signedAt
      organization {
        id
        name
      }
    }
    commitments {
      id
      organizationId
      organization {
        id
        name
      }
      text
      dueOn
      status
      progressNote
      updatedAt
    }
    progress {
      open
      inProgress
      done
      dropped
      total
    }
    viewerCanEdit
    viewerIsPenHolder
    signableOrganizations {
      id
      name
    }
    viewerOrganizations {
      id
      name
    }
  }
`;

export const networkStatements = /* GraphQL */ `
  query NetworkStatements($networkId: ID!) {
    network(id: $networkId) {
      id
      name
      viewerMemberIntermediaries {
        id
        name
      }
      statements {
        ...NetworkStatementFields
      }
    }
  }
  ${STATEMENT_FIELDS}
`;

export const networkStatement = /* GraphQL */ `
  query NetworkStatement($id: ID!) {
    networkStatement(id: $id) {
      ...NetworkStatementFields
    }
  }
  ${STATEMENT_FIELDS}
`;

export const createNetworkStatement = /* GraphQL */ `
  mutation CreateNetworkStatement($networkId: ID!, $organizationId: ID, $title: String!, $body: String!) {
    createNetworkStatement(networkId: $networkId, organizationId: $organizationId, title: $title, body: $body) {
      id
    }
  }
`;

export const updateNetworkStatement = /* GraphQL */ `
  mutation UpdateNetworkStatement($statementId: ID!, $version: Int!, $title: String, $body: String) {
    updateNetworkStatement(statementId: $statementId, version: $version, title: $title, body: $body) {
      id
      title
      body
      version
    }
  }
`;

export const publishNetworkStatement = /* GraphQL */ `
  mutation PublishNetworkStatement($statementId: ID!, $version: Int!) {
    publishNetworkStatement(statementId: $statementId, version: $version) {
      id
      status
      version
      publishedAt
    }
  }
`;

export const withdrawNetworkStatement = /* GraphQL */ `
  mutation WithdrawNetworkStatement($statementId: ID!) {
    withdrawNetworkStatement(statementId: $statementId) {
      id
      status
      version
      withdrawnAt
    }
  }
`;

export const signNetworkStatement = /* GraphQL */ `
  mutation SignNetworkStatement($statementId: ID!, $organizationId: ID!) {
    signNetworkStatement(statementId: $statementId, organizationId: $organizationId) {
      id
    }
  }
`;

export const addStatementCommitment = /* GraphQL */ `
  mutation AddStatementCommitment($statementId: ID!, $organizationId: ID!, $text: String!, $dueOn: String) {
    addStatementCommitment(statementId: $statementId, organizationId: $organizationId, text: $text, dueOn: $dueOn) {
      id
    }
  }
`;

export const setStatementCommitmentStatus = /* GraphQL */ `
  mutation SetStatementCommitmentStatus($commitmentId: ID!, $status: StatementCommitmentStatus!, $note: String!) {
    setStatementCommitmentStatus(commitmentId: $commitmentId, status: $status, note: $note) {
      id
      status
      progressNote
      updatedAt
    }
  }
`;
