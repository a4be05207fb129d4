/**
 * An event's scheduling problem on integer indices. Hosts keep a table (nonprofits, and at a rally
 * the intermediaries); guests go round them (company employees, mentors). Host h should get at
 * least `hostMinimums[h]` meetings (nonprofits: the event's minimum; others 0). Availability lists
 * the slot indices a person can attend.
 */
export interface ScheduleProblem {
  slotCount: number;
  /** Rooms (tables or video links) per slot: at most this many meetings run at once. */
  roomCount: number;
  hostAvailability: readonly (readonly number[])[];
  guestAvailability: readonly (readonly number[])[];
  /** Candidate pairs with a score in [0, 1]; a pair not listed never meets. */
  pairs: readonly SchedulePair[];
  hostMinimums: readonly number[];
}

export interface SchedulePair {
  host: number;
  guest: number;
  score: number;
}

export interface ScheduledMeeting {
  slot: number;
  room: number;
  host: number;
  guest: number;
  score: number;
}

export interface ScheduleQuality {
  totalScore: number;
  meetingsPerPerson: { min: number; mean: number; max: number };
  /** Hosts left under the minimum (also those that could not reach it at all). */
  unmetMinimums: number;
}

export interface ScheduleReport extends ScheduleQuality {
  /** The total score of the greedy baseline on the same problem. */
  greedyScore: number;
}
