export const roleShortlist = /* GraphQL */ `
  query RoleShortlist($matchId: ID!) {
    match(id: $matchId) {
      id
      role {
        id
        shortlist {
          id
          rank
          score
          proposed
          candidateId
          candidateKind
          candidateName
          candidateHeadline
          matchId
          matchStatus
          breakdown {
            parts {
              skills
              cause
              language
              location
              availability
              affinity
              load
              interest
            }
            weights {
              skills
              cause
              language
              location
              availability
              affinity
              load
              interest
            }
          }
          reasons {
            kind
            skillId
            name
            level
            wanted
            language
            country
            sameCountry
            utcOffsetDiffMinutes
            workingHoursOverlap
            hoursPerMonthFree
            hoursPerMonthWanted
            amount
            cause
            programId
            intermediaryId
            activeEngagements
            note
          }
        }
      }
    }
  }
`;

export const proposeAlternative = /* GraphQL */ `
  mutation ProposeAlternative($input: ProposeAlternativeInput!) {
    proposeAlternative(input: $input) {
      id
      status
    }
  }
`;
