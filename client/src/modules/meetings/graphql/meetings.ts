export const meetingFields = /* GraphQL */ `
  fragment MeetingFields on Meeting {
    id
    matchId
    kind
    status
    proposerSide
    timeZone
    location
    canPick
    canWithdraw
    createdAt
    proposedBy {
      id
      name
    }
    slots {
      id
      startsAt
      durationMinutes
    }
    chosenSlot {
      id
      startsAt
      durationMinutes
    }
  }
`;

export const matchMeetings = /* GraphQL */ `
  query MatchMeetings($matchId: ID!) {
    match(id: $matchId) {
      id
      status
      meetings {
        ...MeetingFields
      }
    }
  }
`;

export const meetingIcs = /* GraphQL */ `
  query MeetingIcs($matchId: ID!) {
    match(id: $matchId) {
      id
      meetings {
        id
        ics
      }
    }
  }
`;

export const proposeMeetingTimes = /* GraphQL */ `
  mutation ProposeMeetingTimes($input: ProposeMeetingTimesInput!) {
    proposeMeetingTimes(input: $input) {
      ...MeetingFields
    }
  }
`;

export const pickMeetingTime = /* GraphQL */ `
  mutation PickMeetingTime($meetingId: ID!, $slotId: ID!) {
    pickMeetingTime(meetingId: $meetingId, slotId: $slotId) {
      ...MeetingFields
    }
  }
`;

export const withdrawMeetingProposal = /* GraphQL */ `
  mutation WithdrawMeetingProposal($meetingId: ID!) {
    withdrawMeetingProposal(meetingId: $meetingId) {
      ...MeetingFields
    }
  }
`;
