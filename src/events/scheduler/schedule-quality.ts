import { greedySchedule } from './greedy-schedule';
import type { ScheduledMeeting, ScheduleProblem, ScheduleQuality, ScheduleReport } from './schedule.types';

/** Figures over every host and guest, including those who got no meeting. */
export function scheduleQuality(problem: ScheduleProblem, meetings: readonly ScheduledMeeting[]): ScheduleQuality {
  const hostCount = problem.hostAvailability.length;
  const counts = new Int32Array(hostCount + problem.guestAvailability.length);
  let totalScore = 0;
  for (const m of meetings) {
    counts[m.host]++;
    counts[hostCount + m.guest]++;
    totalScore += m.score;
  }
  let unmetMinimums = 0;
  for (let h = 0; h < hostCount; h++) if (counts[h] < problem.hostMinimums[h]) unmetMinimums++;
  if (counts.length === 0) return { totalScore, meetingsPerPerson: { min: 0, mean: 0, max: 0 }, unmetMinimums };
  const sum = counts.reduce((a, b) => a + b, 0);
  return {
    totalScore,
    meetingsPerPerson: { min: Math.min(...counts), mean: sum / counts.length, max: Math.max(...counts) },
    unmetMinimums,
  };
}

/** The figures of a schedule with what the greedy baseline reaches on the same problem: the optimizer's gain, shown to curators. */
export function scheduleReport(problem: ScheduleProblem, meetings: readonly ScheduledMeeting[]): ScheduleReport {
  return { ...scheduleQuality(problem, meetings), greedyScore: scheduleQuality(problem, greedySchedule(problem)).totalScore };
}
