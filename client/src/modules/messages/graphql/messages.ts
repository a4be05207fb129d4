export const messageFields = /* GraphQL */ `
  fragment MessageFields on Message {
    id
    matchId
    body
    createdAt
    author {
      id
      name
    }
  }
`;

export const matchThread = /* GraphQL */ `
  query MatchThread($matchId: ID!, $first: Int, $after: String) {
    match(id: $matchId) {
      id
      status
    }
    matchMessages(matchId: $matchId, first: $first, after: $after) {
      nodes {
        ...MessageFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

export const postMessage = /* GraphQL */ `
  mutation PostMessage($matchId: ID!, $body: String!) {
    postMessage(matchId: $matchId, body: $body) {
      ...MessageFields
    }
  }
`;

export const markMessagesRead = /* GraphQL */ `
  mutation MarkMessagesRead($matchId: ID!) {
    markMessagesRead(matchId: $matchId)
  }
`;

export const unreadMessageCount = /* GraphQL */ `
  query UnreadMessageCount {
    unreadMessageCount
  }
`;

export const messageAdded = /* GraphQL */ `
  subscription MessageAdded($matchId: ID!) {
    messageAdded(matchId: $matchId) {
      ...MessageFields
    }
  }
`;

export const messageThreads = /* GraphQL */ `
  query MessageThreads($first: Int, $after: String) {
    messageThreads(first: $first, after: $after) {
      nodes {
        matchId
        status
        writable
        needTitle
        roleTitle
        counterpartName
        lastMessageExcerpt
        lastMessageAt
        unreadCount
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;
