import type { AssignmentProblem } from '../assignment/assignment.types';
import { groupByOwner } from '../assignment/group-by-owner';

/** Bad instance input; the message is one line naming the broken rule and the offending item. */
export class InstanceError extends Error {
  override readonly name = 'InstanceError';
}

export interface ParsedInstance {
  problem: AssignmentProblem;
  candidateIds: string[];
  slotIds: string[];
}

type JsonObject = Record<string, unknown>;

// Capacities beyond this cannot be used anyway: no side has more than 2^31 edges.
export const MAX_CAPACITY = 0x7fffffff;

export function parseInstanceText(text: string): ParsedInstance {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InstanceError(`invalid instance: not JSON (${oneLine((error as Error).message)})`);
  }
  return parseInstance(raw);
}

export function parseInstance(raw: unknown): ParsedInstance {
  if (!isObject(raw)) throw new InstanceError('invalid instance: the top level must be a JSON object');
  const candidates = requireArray(raw, 'candidates');
  const slots = requireArray(raw, 'slots');
  const edges = requireArray(raw, 'edges');
  const candidateSide = parseSide(candidates, 'candidates', 'candidate');
  const slotSide = parseSide(slots, 'slots', 'slot');
  const edgeArrays = parseEdges(edges, candidateSide.index, slotSide.index);
  rejectDuplicatePairs(edgeArrays.edgeCandidate, edgeArrays.edgeSlot, candidateSide.ids, slotSide.ids);
  return {
    problem: {
      candidateCapacity: candidateSide.capacity,
      slotCapacity: slotSide.capacity,
      slotMustFill: slotSide.mustFill,
      ...edgeArrays,
    },
    candidateIds: candidateSide.ids,
    slotIds: slotSide.ids,
  };
}

interface ParsedSide {
  ids: string[];
  index: Map<string, number>;
  capacity: Int32Array;
  mustFill: Uint8Array;
}

function parseSide(items: unknown[], field: string, noun: string): ParsedSide {
  const side: ParsedSide = {
    ids: new Array<string>(items.length),
    index: new Map(),
    capacity: new Int32Array(items.length),
    mustFill: new Uint8Array(items.length),
  };
  for (let i = 0; i < items.length; i++) {
    const item = requireItem(items[i], field, i);
    const id = requireId(item, field, i);
    const first = side.index.get(id);
    if (first !== undefined) fail(`${field}[${i}] (${quote(id)}): duplicate ${noun} id, first at ${field}[${first}]`);
    side.index.set(id, i);
    side.ids[i] = id;
    side.capacity[i] = requireCapacity(item, field, i);
    if (noun === 'slot') side.mustFill[i] = optionalMustFill(item, field, i) ? 1 : 0;
  }
  return side;
}

function parseEdges(edges: unknown[], candidateIndex: Map<string, number>, slotIndex: Map<string, number>): Pick<AssignmentProblem, 'edgeCandidate' | 'edgeSlot' | 'edgeWeight'> {
  const edgeCandidate = new Int32Array(edges.length);
  const edgeSlot = new Int32Array(edges.length);
  const edgeWeight = new Float64Array(edges.length);
  for (let i = 0; i < edges.length; i++) {
    const edge = requireItem(edges[i], 'edges', i);
    edgeCandidate[i] = requireReference(edge, 'candidate', candidateIndex, i);
    edgeSlot[i] = requireReference(edge, 'slot', slotIndex, i);
    edgeWeight[i] = requireWeight(edge, i);
  }
  return { edgeCandidate, edgeSlot, edgeWeight };
}

/**
 * Linear-time pair check without a hash of pairs: bucket edges by candidate (stable), then stamp
 * each slot with the last edge seen for the current candidate. Reports the earliest edge in file
 * order that repeats a pair.
 */
export function rejectDuplicatePairs(edgeCandidate: Int32Array, edgeSlot: Int32Array, candidateIds: string[], slotIds: string[]): void {
  const { order } = groupByOwner(edgeCandidate, candidateIds.length);
  const lastEdge = new Int32Array(slotIds.length).fill(-1);
  const lastOwner = new Int32Array(slotIds.length).fill(-1);
  let worst = -1;
  let worstFirst = -1;
  for (let k = 0; k < order.length; k++) {
    const e = order[k];
    const slot = edgeSlot[e];
    const candidate = edgeCandidate[e];
    if (lastOwner[slot] === candidate && (worst < 0 || e < worst)) {
      worst = e;
      worstFirst = lastEdge[slot];
    }
    lastOwner[slot] = candidate;
    lastEdge[slot] = e;
  }
  if (worst >= 0) {
    const pair = `${quote(candidateIds[edgeCandidate[worst]])} -> ${quote(slotIds[edgeSlot[worst]])}`;
    fail(`edges[${worst}] (${pair}): duplicate pair, first at edges[${worstFirst}]`);
  }
}

function requireArray(raw: JsonObject, field: string): unknown[] {
  const value = raw[field];
  if (value === undefined) fail(`missing field "${field}"`);
  if (!Array.isArray(value)) fail(`"${field}" must be an array, got ${describe(value)}`);
  return value;
}

// Labels are built only on failure: building one per item costs seconds at 2M edges.
function requireItem(value: unknown, field: string, i: number): JsonObject {
  if (!isObject(value)) fail(`${field}[${i}] must be an object, got ${describe(value)}`);
  return value;
}

function requireId(item: JsonObject, field: string, i: number): string {
  const id = item.id;
  if (id === undefined) fail(`${field}[${i}]: missing field "id"`);
  if (typeof id !== 'string' || id.length === 0) fail(`${field}[${i}]: id must be a non-empty string, got ${describe(id)}`);
  return id;
}

function requireCapacity(item: JsonObject, field: string, i: number): number {
  const capacity = item.capacity;
  if (capacity === undefined) fail(`${itemLabel(item, field, i)}: missing field "capacity"`);
  if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 0) {
    fail(`${itemLabel(item, field, i)}: capacity must be an integer >= 0, got ${describe(capacity)}`);
  }
  return Math.min(capacity, MAX_CAPACITY);
}

function optionalMustFill(item: JsonObject, field: string, i: number): boolean {
  const mustFill = item.mustFill;
  if (mustFill === undefined) return false;
  if (typeof mustFill !== 'boolean') fail(`${itemLabel(item, field, i)}: mustFill must be a boolean, got ${describe(mustFill)}`);
  return mustFill;
}

function requireReference(edge: JsonObject, field: 'candidate' | 'slot', index: Map<string, number>, i: number): number {
  const id = edge[field];
  if (id === undefined) fail(`edges[${i}]: missing field "${field}"`);
  if (typeof id !== 'string') fail(`edges[${i}]: ${field} must be a string id, got ${describe(id)}`);
  const found = index.get(id);
  if (found === undefined) fail(`edges[${i}]: unknown ${field} ${quote(id)}`);
  return found;
}

function requireWeight(edge: JsonObject, i: number): number {
  const weight = edge.weight;
  if (weight === undefined) fail(`${edgeLabel(edge, i)}: missing field "weight"`);
  if (typeof weight !== 'number' || !(weight >= 0 && weight <= 1)) {
    fail(`${edgeLabel(edge, i)}: weight must be a finite number in [0, 1], got ${describe(weight)}`);
  }
  return weight;
}

function edgeLabel(edge: JsonObject, i: number): string {
  return `edges[${i}] (${quote(edge.candidate as string)} -> ${quote(edge.slot as string)})`;
}

function itemLabel(item: JsonObject, field: string, i: number): string {
  return `${field}[${i}] (${quote(item.id as string)})`;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(detail: string): never {
  throw new InstanceError(`invalid instance: ${detail}`);
}

const MAX_SHOWN = 60;

function quote(text: string): string {
  const quoted = JSON.stringify(text);
  return quoted.length <= MAX_SHOWN ? quoted : `${quoted.slice(0, MAX_SHOWN)}…"`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return quote(value);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
