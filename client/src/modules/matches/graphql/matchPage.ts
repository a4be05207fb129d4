export const matchPageFields = /* GraphQL */ `
  fragment MatchPageFields on Match {
    ...MatchCardFields
    statusNote
    confirmedHours
    hoursLogs {
      ...HoursLogFields
    }
    events {
      id
      action
      fromStatus
      toStatus
      reason
      actorUserId
      actor {
        id
        name
      }
      createdAt
    }
    contacts {
      id
      name
      email
    }
    followUp {
      answer
      comment
      askedAt
      answeredAt
    }
    feedback {
      id
      direction
      rating
      comment
      createdAt
    }
    need {
      id
      nonprofit {
        id
        name
        country
        website
      }
    }
    role {
      id
      description
      hoursPerMonth
      amount
      currency
      skills {
        level
        weight
        skill {
          id
          name
        }
      }
    }
    volunteerProfile {
      id
      user {
        id
        email
      }
      employer {
        id
        name
      }
      skills {
        level
        skill {
          id
          name
        }
      }
    }
    mentorProfile {
      id
      user {
        id
        email
      }
      expertise {
        level
        skill {
          id
          name
        }
      }
    }
    fundingOffer {
      id
      description
    }
  }
`;

export const matchPage = /* GraphQL */ `
  query MatchPage($id: ID!) {
    match(id: $id) {
      ...MatchPageFields
    }
  }
`;

export const leaveFeedback = /* GraphQL */ `
  mutation LeaveFeedback($matchId: ID!, $input: LeaveFeedbackInput!) {
    leaveFeedback(matchId: $matchId, input: $input) {
      id
      matchId
      direction
      rating
      comment
      createdAt
    }
  }
`;
