import type { FlowNetwork } from '../../matching/engine/assignment/flow-network';
import { solveMinCostCirculation } from '../../matching/engine/assignment/network-simplex.solver';
import { greedySchedule } from './greedy-schedule';
import type { ScheduledMeeting, SchedulePair, ScheduleProblem } from './schedule.types';
import { scheduleQuality } from './schedule-quality';
import { availabilityMatrix, pairKey } from './slot-availability';

// Scores scale to integers (held in doubles, so every sum is exact): 2^20 steps per unit of score.
const SCALE = 2 ** 20;

// Improvement rounds stop earlier as soon as a round changes nothing; on the demo events one or two do.
const MAX_ROUNDS = 5;

/**
 * Slot by slot, the exact maximum-weight matching of free guests to free hosts, with the rooms as a
 * cap on how many meetings run at once. A host still under the minimum earns a bonus larger than any
 * score an exchange can lose, so in every slot the most under-minimum hosts are met first, then the
 * total score is maximal. Pairs that met leave the pool, so no pair meets twice.
 *
 * Slot by slot is short-sighted (a pair met early may have been worth more later), so the schedule
 * then starts from the better of that and the greedy one and re-solves each slot exactly with the
 * others fixed, until a round changes nothing. Each re-solve can only keep or improve (fewer unmet
 * minimums, then a higher total), so the result is never worse than the greedy baseline.
 */
export function optimizeSchedule(problem: ScheduleProblem): ScheduledMeeting[] {
  const hostFree = availabilityMatrix(problem.hostAvailability, problem.slotCount);
  const guestFree = availabilityMatrix(problem.guestAvailability, problem.slotCount);
  const bySlot: ScheduledMeeting[][] = Array.from({ length: problem.slotCount }, () => []);
  for (let slot = 0; slot < problem.slotCount; slot++) bySlot[slot] = resolveSlot(problem, slot, bySlot, hostFree, guestFree);
  let schedule = better(problem, bySlot.flat(), greedySchedule(problem));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const slots: ScheduledMeeting[][] = Array.from({ length: problem.slotCount }, (_, s) => schedule.filter((m) => m.slot === s));
    for (let slot = 0; slot < problem.slotCount; slot++) slots[slot] = resolveSlot(problem, slot, slots, hostFree, guestFree);
    const next = better(problem, slots.flat(), schedule);
    if (next === schedule) break;
    schedule = next;
  }
  return schedule;
}

/** The lexicographically better schedule (fewer unmet minimums, then a higher total); ties keep `current`. */
function better(problem: ScheduleProblem, candidate: ScheduledMeeting[], current: ScheduledMeeting[]): ScheduledMeeting[] {
  const a = scheduleQuality(problem, candidate);
  const b = scheduleQuality(problem, current);
  if (a.unmetMinimums !== b.unmetMinimums) return a.unmetMinimums < b.unmetMinimums ? candidate : current;
  return a.totalScore > b.totalScore + 1e-9 ? candidate : current;
}

/** The exact best meetings of one slot with every other slot's meetings as they are. */
function resolveSlot(problem: ScheduleProblem, slot: number, bySlot: readonly ScheduledMeeting[][], hostFree: Uint8Array[], guestFree: Uint8Array[]): ScheduledMeeting[] {
  const met = new Set<string>();
  const hostMeetings = new Int32Array(problem.hostAvailability.length);
  bySlot.forEach((meetings, s) => {
    if (s === slot) return;
    for (const m of meetings) {
      met.add(pairKey(m.host, m.guest));
      hostMeetings[m.host]++;
    }
  });
  const open = problem.pairs.filter((p) => hostFree[p.host][slot] && guestFree[p.guest][slot] && !met.has(pairKey(p.host, p.guest)));
  const chosen = matchSlot(open, problem.roomCount, (host) => hostMeetings[host] < problem.hostMinimums[host]);
  return chosen.map((pair, room) => ({ slot, room, host: pair.host, guest: pair.guest, score: pair.score }));
}

/** One slot: guests → hosts → gate → hub, the gate→hub arc holding the room count. */
function matchSlot(pairs: readonly SchedulePair[], roomCount: number, underMinimum: (host: number) => boolean): SchedulePair[] {
  if (pairs.length === 0 || roomCount === 0) return [];
  const guests = localIndex(pairs.map((p) => p.guest));
  const hosts = localIndex(pairs.map((p) => p.host));
  const guestBase = 0;
  const hostBase = guests.size;
  const gate = hostBase + hosts.size;
  const hub = gate + 1;
  const arcCount = pairs.length + guests.size + hosts.size + 1;
  const network: FlowNetwork = {
    nodeCount: hub + 1,
    arcCount,
    hub,
    source: new Int32Array(arcCount),
    target: new Int32Array(arcCount),
    cost: new Float64Array(arcCount),
    capacity: new Int32Array(arcCount),
    edgeArc: new Int32Array(pairs.length),
    coreArcCount: arcCount,
  };
  const bonus = SCALE * (Math.min(guests.size, hosts.size, roomCount) + 1);
  let arc = 0;
  const setArc = (from: number, to: number, cost: number, capacity: number) => {
    network.source[arc] = from;
    network.target[arc] = to;
    network.cost[arc] = cost;
    network.capacity[arc] = capacity;
    return arc++;
  };
  pairs.forEach((p, i) => {
    network.edgeArc[i] = setArc(guestBase + guests.get(p.guest)!, hostBase + hosts.get(p.host)!, -Math.round(p.score * SCALE), 1);
  });
  for (const local of guests.values()) setArc(hub, guestBase + local, 0, 1);
  for (const [host, local] of hosts) setArc(hostBase + local, gate, underMinimum(host) ? -bonus : 0, 1);
  setArc(gate, hub, 0, roomCount);
  const flow = solveMinCostCirculation(network);
  return pairs.filter((_, i) => flow[network.edgeArc[i]] > 0).sort((a, b) => a.host - b.host);
}

/** Dense local ids for the people present in one slot, in first-seen order. */
function localIndex(ids: readonly number[]): Map<number, number> {
  const index = new Map<number, number>();
  for (const id of ids) if (!index.has(id)) index.set(id, index.size);
  return index;
}
