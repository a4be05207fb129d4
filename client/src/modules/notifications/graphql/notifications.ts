export const notificationFields = /* GraphQL */ `
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    matchId
    readAt
    createdAt
  }
`;

export const notifications = /* GraphQL */ `
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      nodes {
        ...NotificationFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

export const unreadNotificationCount = /* GraphQL */ `
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`;

export const notificationAdded = /* GraphQL */ `
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`;

export const markNotificationsRead = /* GraphQL */ `
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`;

export const markAllNotificationsRead = /* GraphQL */ `
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`;
