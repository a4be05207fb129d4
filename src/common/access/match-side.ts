/** Which side of a match the viewer is on; the matches list filters by it (AccessService.filterMatchSides). */
export enum MatchSide {
  CURATOR = 'CURATOR',
  NONPROFIT = 'NONPROFIT',
  CANDIDATE = 'CANDIDATE',
  /** Admin of the volunteer's employer company, from the moment both sides agreed. */
  EMPLOYER = 'EMPLOYER',
}
