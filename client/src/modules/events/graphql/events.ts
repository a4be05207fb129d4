export const eventPage = /* GraphQL */ `
  query EventPage($eventId: ID!) {
    event(eventId: $eventId) {
      id
      name
      kind
      timeZone
      startsOn
      endsOn
      minMeetingsPerNonprofit
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
        greedyScore
      }
      schedule {
        meetingId
        slotId
        roomId
        hostName
        hostOrganization
        guestName
        score
        canOffer
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
        canOffer
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

const eventListFields = /* GraphQL */ `
  fragment EventListFields on Event {
    id
    name
    kind
    startsOn
    endsOn
    timeZone
    scheduleStatus
  }
`;

export const events = /* GraphQL */ `
  query Events($when: EventsWhen!, $first: Int, $after: String) {
    events(when: $when, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...EventListFields
      }
    }
  }
  ${eventListFields}
`;

export const createEvent = /* GraphQL */ `
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      ...EventListFields
    }
  }
  ${eventListFields}
`;

export const updateEvent = /* GraphQL */ `
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      ...EventListFields
      minMeetingsPerNonprofit
    }
  }
  ${eventListFields}
`;

export const eventAttendees = /* GraphQL */ `
  query EventAttendees($eventId: ID!, $first: Int, $after: String) {
    event(eventId: $eventId) {
      id
      attendees(first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          id
          userId
          name
          side
          organizationName
          availableSlotIds
        }
      }
    }
  }
`;

export const importEventAttendees = /* GraphQL */ `
  mutation ImportEventAttendees($input: ImportEventAttendeesInput!) {
    importEventAttendees(input: $input) {
      added
      notFound
      alreadyAttending
      notEligible
    }
  }
`;

export const setEventAttendeeSlots = /* GraphQL */ `
  mutation SetEventAttendeeSlots($input: SetEventAttendeeSlotsInput!) {
    setEventAttendeeSlots(input: $input) {
      id
    }
  }
`;

export const removeEventAttendee = /* GraphQL */ `
  mutation RemoveEventAttendee($attendeeId: ID!) {
    removeEventAttendee(attendeeId: $attendeeId)
  }
`;

export const offerFromEventMeeting = /* GraphQL */ `
  mutation OfferFromEventMeeting($meetingId: ID!) {
    offerFromEventMeeting(meetingId: $meetingId) {
      id
      status
    }
  }
`;
