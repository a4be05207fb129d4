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
      interestsToReview {
        ...InboxItemFields
      }
      followUpsToAnswer {
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
