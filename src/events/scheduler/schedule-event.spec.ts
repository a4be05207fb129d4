import { greedySchedule } from './greedy-schedule';
import { optimizeSchedule } from './optimize-schedule';
import { BASE_PAIR_SCORE, pairScore } from './pair-score';
import type { ScheduledMeeting, ScheduleProblem } from './schedule.types';
import { scheduleQuality, scheduleReport } from './schedule-quality';

/** Park-Miller: the same seed gives the same world on every machine. */
function prng(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

function randomWorld(seed: number, hosts: number, guests: number, slots: number, rooms: number, minimum: number): ScheduleProblem {
  const random = prng(seed);
  const all = Array.from({ length: slots }, (_, s) => s);
  const someSlots = () => all.filter(() => random() < 0.8);
  const pairs = [];
  for (let h = 0; h < hosts; h++) {
    // A few hosts everybody finds dull: the minimum rule exists for them.
    const appeal = h % 4 === 0 ? 0.2 : 1;
    for (let g = 0; g < guests; g++) if (random() < 0.6) pairs.push({ host: h, guest: g, score: Math.round(appeal * random() * 1000) / 1000 });
  }
  return {
    slotCount: slots,
    roomCount: rooms,
    hostAvailability: Array.from({ length: hosts }, someSlots),
    guestAvailability: Array.from({ length: guests }, someSlots),
    pairs,
    hostMinimums: Array.from({ length: hosts }, () => minimum),
  };
}

function assertFeasible(problem: ScheduleProblem, meetings: readonly ScheduledMeeting[]): void {
  const seen = new Set<string>();
  for (const m of meetings) {
    for (const key of [`h${m.host}@${m.slot}`, `g${m.guest}@${m.slot}`, `r${m.room}@${m.slot}`, `p${m.host}:${m.guest}`]) {
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
    expect(m.room).toBeLessThan(problem.roomCount);
    expect(problem.hostAvailability[m.host]).toContain(m.slot);
    expect(problem.guestAvailability[m.guest]).toContain(m.slot);
    expect(problem.pairs.some((p) => p.host === m.host && p.guest === m.guest && p.score === m.score)).toBe(true);
  }
}

describe('event schedules', () => {
  it('keeps every rule in random worlds: one meeting per person and room per slot, no pair twice, only when available', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const problem = randomWorld(seed, 10, 40, 6, 8, 2);
      assertFeasible(problem, optimizeSchedule(problem));
      assertFeasible(problem, greedySchedule(problem));
    }
  });

  it('scores at least as high as the greedy schedule in seeded random worlds, and meets the minimum at least as often', () => {
    const rows = [];
    for (let seed = 1; seed <= 20; seed++) {
      for (const minimum of [0, 1, 2]) {
        const problem = randomWorld(seed * 7919, 10, 60, 6, 8, minimum);
        const optimized = scheduleQuality(problem, optimizeSchedule(problem));
        const greedy = scheduleQuality(problem, greedySchedule(problem));
        rows.push({ seed, minimum, optimized: optimized.totalScore, greedy: greedy.totalScore, unmetOptimized: optimized.unmetMinimums, unmetGreedy: greedy.unmetMinimums });
        expect(optimized.unmetMinimums).toBeLessThanOrEqual(greedy.unmetMinimums);
        if (optimized.unmetMinimums === greedy.unmetMinimums) expect(optimized.totalScore).toBeGreaterThanOrEqual(greedy.totalScore - 1e-9);
      }
    }
    if (process.env.PRINT_SCHEDULE_FIGURES) console.table(rows);
  });

  it('gives the dull nonprofit its minimum where greedy fills every room with better pairs', () => {
    // Two rooms, two slots; hosts 0 and 1 are everyone's favourites, host 2 nobody's.
    const problem: ScheduleProblem = {
      slotCount: 2,
      roomCount: 2,
      hostAvailability: [
        [0, 1],
        [0, 1],
        [0, 1],
      ],
      guestAvailability: [
        [0, 1],
        [0, 1],
      ],
      pairs: [
        { host: 0, guest: 0, score: 0.9 },
        { host: 0, guest: 1, score: 0.9 },
        { host: 1, guest: 0, score: 0.8 },
        { host: 1, guest: 1, score: 0.8 },
        { host: 2, guest: 0, score: 0.1 },
        { host: 2, guest: 1, score: 0.1 },
      ],
      hostMinimums: [1, 1, 1],
    };
    const greedy = scheduleQuality(problem, greedySchedule(problem));
    const optimized = optimizeSchedule(problem);
    assertFeasible(problem, optimized);
    expect(greedy.unmetMinimums).toBe(1);
    expect(scheduleQuality(problem, optimized).unmetMinimums).toBe(0);
    expect(optimized.some((m) => m.host === 2)).toBe(true);
  });

  it('with no minimum, finds the best matching of a slot where greedy takes the single best pair first', () => {
    const problem: ScheduleProblem = {
      slotCount: 1,
      roomCount: 2,
      hostAvailability: [[0], [0]],
      guestAvailability: [[0], [0]],
      pairs: [
        { host: 0, guest: 0, score: 1 },
        { host: 0, guest: 1, score: 0.9 },
        { host: 1, guest: 0, score: 0.9 },
      ],
      hostMinimums: [0, 0],
    };
    expect(scheduleQuality(problem, greedySchedule(problem)).totalScore).toBeCloseTo(1);
    expect(scheduleQuality(problem, optimizeSchedule(problem)).totalScore).toBeCloseTo(1.8);
  });

  it('reports the greedy baseline’s score beside the optimized schedule’s, on the same problem', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const problem = randomWorld(seed * 31, 8, 30, 5, 6, 0);
      const optimized = optimizeSchedule(problem);
      const report = scheduleReport(problem, optimized);
      expect(report.greedyScore).toBeCloseTo(scheduleQuality(problem, greedySchedule(problem)).totalScore, 9);
      expect(report.totalScore).toBeCloseTo(scheduleQuality(problem, optimized).totalScore, 9);
      expect(report.totalScore).toBeGreaterThanOrEqual(report.greedyScore - 1e-9);
    }
  });

  it('caps meetings per slot by the rooms', () => {
    const problem = randomWorld(3, 6, 20, 1, 2, 0);
    expect(optimizeSchedule(problem).length).toBe(2);
  });

  it('scores a guest by the best-covered open role of the nonprofit, reusing the engine’s level coverage', () => {
    const roles = [[{ skillId: 'finance', level: 3, weight: 1 }], [{ skillId: 'design', level: 2, weight: 1 }]];
    expect(pairScore(roles, new Map([['design', 5]]))).toEqual({ score: 1, role: 1 });
    expect(pairScore(roles, new Map([['finance', 3]])).score).toBeCloseTo(0.9);
    expect(pairScore(roles, new Map([['finance', 3]])).role).toBe(0);
    expect(pairScore(roles, new Map([['law', 5]]))).toEqual({ score: BASE_PAIR_SCORE, role: -1 });
    expect(pairScore([[]], new Map()).score).toBe(0.5);
  });
});
