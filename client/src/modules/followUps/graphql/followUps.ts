export const answerFollowUp = /* GraphQL */ `
  mutation AnswerFollowUp($matchId: ID!, $answer: FollowUpAnswer!, $comment: String) {
    answerFollowUp(matchId: $matchId, answer: $answer, comment: $comment) {
      answer
      comment
      askedAt
      answeredAt
    }
  }
`;
