export const volunteerProfileFields = /* GraphQL */ `
  fragment VolunteerProfileFields on VolunteerProfile {
    id
    headline
    bio
    languages
    country
    timeZone
    hoursPerMonth
    maxConcurrentEngagements
    activeEngagements
    causes
    remoteOk
    onSiteOk
    available
    employerId
    skills {
      level
      skill {
        id
        name
        category
      }
    }
  }
`;

export const mentorProfileFields = /* GraphQL */ `
  fragment MentorProfileFields on MentorProfile {
    id
    headline
    bio
    languages
    country
    timeZone
    hoursPerMonth
    menteeCapacity
    activeMentees
    causes
    available
    expertise {
      level
      skill {
        id
        name
        category
      }
    }
  }
`;

export const myProfiles = /* GraphQL */ `
  query MyProfiles {
    myVolunteerProfile {
      ...VolunteerProfileFields
    }
    myMentorProfile {
      ...MentorProfileFields
    }
  }
`;

export const upsertVolunteerProfile = /* GraphQL */ `
  mutation UpsertVolunteerProfile($input: VolunteerProfileInput!) {
    upsertVolunteerProfile(input: $input) {
      ...VolunteerProfileFields
    }
  }
`;

export const upsertMentorProfile = /* GraphQL */ `
  mutation UpsertMentorProfile($input: MentorProfileInput!) {
    upsertMentorProfile(input: $input) {
      ...MentorProfileFields
    }
  }
`;
