export const eventPage = /* GraphQL */ `
  query EventPage($eventId: ID!) {
    event(eventId: $eventId) {
      id
      name
      kind
      timeZone
      scheduleStatus
      scheduleVersion
      attendeeCount
      slots {
        id
        startsAt
        endsAt
      }
      rooms {
        id
        name
      }
      scheduleQuality {
        totalScore
        meetingsPerPerson {
          min
          mean
          max
        }
        unmetMinimums
      }
      schedule {
        meetingId
        slotId
        roomId
        hostName
        hostOrganization
        guestName
        score
      }
    }
  }
`;

export const scheduleEvent = /* GraphQL */ `
  mutation ScheduleEvent($eventId: ID!) {
    scheduleEvent(eventId: $eventId) {
      id
      scheduleStatus
      scheduleVersion
    }
  }
`;

export const myAgenda = /* GraphQL */ `
  query MyAgenda($eventId: ID!) {
    myAgenda(eventId: $eventId) {
      ics
      meetings {
        meetingId
        startsAt
        endsAt
        roomName
        videoLink
        counterpartName
        counterpartOrganization
        counterpartSide
        reasons
        myRating
      }
    }
  }
`;

export const rateEventMeeting = /* GraphQL */ `
  mutation RateEventMeeting($meetingId: ID!, $rating: Int!) {
    rateEventMeeting(meetingId: $meetingId, rating: $rating) {
      id
      hostRating
      guestRating
    }
  }
`;
