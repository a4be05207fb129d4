export const impactFiguresFields = /* GraphQL */ `
  fragment ImpactFiguresFields on ImpactFigures {
    proposals
    offers
    confirmed
    completed
    acceptanceRate
    medianDaysToMatch
    seats
    seatsFilled
    fillRate
    confirmedHours
    hoursValue
  }
`;

export const impact = /* GraphQL */ `
  query Impact($scope: ImpactScopeInput!, $from: DateTime, $to: DateTime) {
    impact(scope: $scope, from: $from, to: $to) {
      currency
      from
      to
      totals {
        ...ImpactFiguresFields
      }
      byFocusArea {
        key
        figures {
          ...ImpactFiguresFields
        }
      }
      byCountry {
        key
        figures {
          ...ImpactFiguresFields
        }
      }
      byMonth {
        key
        figures {
          ...ImpactFiguresFields
        }
      }
    }
  }
`;

export const impactCsv = /* GraphQL */ `
  query ImpactCsv($scope: ImpactScopeInput!, $from: DateTime, $to: DateTime) {
    impactCsv(scope: $scope, from: $from, to: $to)
  }
`;
