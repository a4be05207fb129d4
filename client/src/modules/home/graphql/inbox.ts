export const inbox = /* GraphQL */ `
  query Inbox {
    inbox {
      proposalsToReview {
        ...InboxItemFields
      }
      offersToAnswer {
        ...InboxItemFields
      }
      needOffersToAnswer {
        ...InboxItemFields
      }
      hoursToConfirm {
        ...InboxItemFields
      }
      unreadMessages
    }
  }

  fragment InboxItemFields on InboxItem {
    count
    since
    deadline
  }
`;
