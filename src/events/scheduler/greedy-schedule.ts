import type { ScheduledMeeting, ScheduleProblem } from './schedule.types';
import { availabilityMatrix } from './slot-availability';

/**
 * The baseline the optimizer is measured against: pairs by score, highest first, each into the
 * earliest slot where both are free and a room is left. It knows nothing of the minimum rule.
 */
export function greedySchedule(problem: ScheduleProblem): ScheduledMeeting[] {
  const hostFree = availabilityMatrix(problem.hostAvailability, problem.slotCount);
  const guestFree = availabilityMatrix(problem.guestAvailability, problem.slotCount);
  const roomsUsed = new Int32Array(problem.slotCount);
  const meetings: ScheduledMeeting[] = [];
  const byScore = [...problem.pairs].sort((a, b) => b.score - a.score || a.host - b.host || a.guest - b.guest);
  for (const pair of byScore) {
    for (let s = 0; s < problem.slotCount; s++) {
      if (!hostFree[pair.host][s] || !guestFree[pair.guest][s] || roomsUsed[s] >= problem.roomCount) continue;
      hostFree[pair.host][s] = 0;
      guestFree[pair.guest][s] = 0;
      meetings.push({ slot: s, room: roomsUsed[s]++, host: pair.host, guest: pair.guest, score: pair.score });
      break;
    }
  }
  return meetings;
}
