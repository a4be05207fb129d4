import fc from 'fast-check';

import { serializeInstance } from '../bench/instance-serializer';
import { InstanceError, type ParsedInstance, parseInstanceText } from './instance-parser';
import { scanInstance } from './instance-scanner';
import { readInstance } from './read-instance';

const read = (text: string): ParsedInstance => readInstance(Buffer.from(text, 'utf8'));

function errorOf(text: string): string {
  try {
    read(text);
  } catch (error) {
    expect(error).toBeInstanceOf(InstanceError);
    return (error as Error).message;
  }
  throw new Error('expected an InstanceError');
}

const valid = {
  candidates: [
    { id: 'v1', capacity: 2 },
    { id: 'v2', capacity: 1 },
  ],
  slots: [
    { id: 'r1', capacity: 3, mustFill: true },
    { id: 'r2', capacity: 1 },
  ],
  edges: [
    { candidate: 'v1', slot: 'r1', weight: 0.83 },
    { candidate: 'v2', slot: 'r2', weight: 0 },
  ],
};

function withChange(change: (instance: Record<string, unknown[]>) => void): string {
  const instance = JSON.parse(JSON.stringify(valid)) as Record<string, unknown[]>;
  change(instance);
  return JSON.stringify(instance);
}

const item = (instance: Record<string, unknown[]>, field: string, i: number): Record<string, unknown> => instance[field][i] as Record<string, unknown>;

describe('readInstance', () => {
  it('reads the documented example', () => {
    const parsed = read(JSON.stringify(valid));
    expect(parsed.candidateIds).toEqual(['v1', 'v2']);
    expect(parsed.slotIds).toEqual(['r1', 'r2']);
    expect(Array.from(parsed.problem.candidateCapacity)).toEqual([2, 1]);
    expect(Array.from(parsed.problem.slotCapacity)).toEqual([3, 1]);
    expect(Array.from(parsed.problem.slotMustFill)).toEqual([1, 0]);
    expect(Array.from(parsed.problem.edgeCandidate)).toEqual([0, 1]);
    expect(Array.from(parsed.problem.edgeSlot)).toEqual([0, 1]);
    expect(Array.from(parsed.problem.edgeWeight)).toEqual([0.83, 0]);
  });

  it('reads an empty instance', () => {
    expect(read('{"candidates":[],"slots":[],"edges":[]}').problem.edgeWeight).toHaveLength(0);
  });

  it.each<[string, string, RegExp]>([
    ['not JSON', '{"candidates": [', /^invalid instance: not JSON \(.+\)$/],
    ['top level not an object', '[]', /the top level must be a JSON object/],
    ['missing candidates', '{"slots":[],"edges":[]}', /missing field "candidates"/],
    ['missing slots', '{"candidates":[],"edges":[]}', /missing field "slots"/],
    ['missing edges', '{"candidates":[],"slots":[]}', /missing field "edges"/],
    ['edges not an array', '{"candidates":[],"slots":[],"edges":{}}', /"edges" must be an array, got an object/],
    ['candidate not an object', withChange((i) => (i.candidates[1] = 7)), /candidates\[1\] must be an object, got 7/],
    ['missing id', withChange((i) => delete item(i, 'slots', 0).id), /slots\[0\]: missing field "id"/],
    ['empty id', withChange((i) => (item(i, 'candidates', 0).id = '')), /candidates\[0\]: id must be a non-empty string, got ""/],
    ['numeric id', withChange((i) => (item(i, 'candidates', 0).id = 5)), /candidates\[0\]: id must be a non-empty string, got 5/],
    ['duplicate candidate id', withChange((i) => (item(i, 'candidates', 1).id = 'v1')), /candidates\[1\] \("v1"\): duplicate candidate id, first at candidates\[0\]/],
    ['duplicate slot id', withChange((i) => (item(i, 'slots', 1).id = 'r1')), /slots\[1\] \("r1"\): duplicate slot id, first at slots\[0\]/],
    ['missing capacity', withChange((i) => delete item(i, 'slots', 1).capacity), /slots\[1\] \("r2"\): missing field "capacity"/],
    ['negative capacity', withChange((i) => (item(i, 'candidates', 0).capacity = -1)), /candidates\[0\] \("v1"\): capacity must be an integer >= 0, got -1/],
    ['fractional capacity', withChange((i) => (item(i, 'slots', 0).capacity = 1.5)), /slots\[0\] \("r1"\): capacity must be an integer >= 0, got 1.5/],
    ['string capacity', withChange((i) => (item(i, 'slots', 0).capacity = '2')), /capacity must be an integer >= 0, got "2"/],
    ['mustFill not boolean', withChange((i) => (item(i, 'slots', 1).mustFill = 'yes')), /slots\[1\] \("r2"\): mustFill must be a boolean, got "yes"/],
    ['edge missing candidate', withChange((i) => delete item(i, 'edges', 0).candidate), /edges\[0\]: missing field "candidate"/],
    ['edge missing weight', withChange((i) => delete item(i, 'edges', 1).weight), /edges\[1\] \("v2" -> "r2"\): missing field "weight"/],
    ['unknown candidate', withChange((i) => (item(i, 'edges', 1).candidate = 'ghost')), /edges\[1\]: unknown candidate "ghost"/],
    ['unknown slot', withChange((i) => (item(i, 'edges', 0).slot = 'nowhere')), /edges\[0\]: unknown slot "nowhere"/],
    ['weight above 1', withChange((i) => (item(i, 'edges', 0).weight = 1.5)), /edges\[0\] \("v1" -> "r1"\): weight must be a finite number in \[0, 1\], got 1.5/],
    ['negative weight', withChange((i) => (item(i, 'edges', 0).weight = -0.1)), /weight must be a finite number in \[0, 1\], got -0.1/],
    ['weight not a number', withChange((i) => (item(i, 'edges', 0).weight = null)), /weight must be a finite number in \[0, 1\], got null/],
    ['duplicate pair', withChange((i) => i.edges.push({ candidate: 'v1', slot: 'r1', weight: 0.5 })), /edges\[2\] \("v1" -> "r1"\): duplicate pair, first at edges\[0\]/],
  ])('rejects %s with one line naming the rule and the item', (_, text, message) => {
    const error = errorOf(text);
    expect(error).toMatch(message);
    expect(error).not.toContain('\n');
  });

  it('names the earliest repeated pair in file order', () => {
    const text = withChange((i) => {
      i.edges.push({ candidate: 'v2', slot: 'r2', weight: 1 }, { candidate: 'v1', slot: 'r1', weight: 1 });
    });
    expect(errorOf(text)).toMatch(/edges\[2\] \("v2" -> "r2"\): duplicate pair, first at edges\[1\]/);
  });

  it('keeps errors on one line even for ids with newlines', () => {
    expect(errorOf(withChange((i) => (item(i, 'edges', 0).slot = 'a\nb')))).toMatch(/unknown slot "a\\nb"$/);
  });
});

const spaces = fc.constantFrom('', ' ', '\n  ', '\t', '\r\n');
const plainId = fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/);
const oddId = fc.oneof(plainId, fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom('ü', 'a"b', 'x\\y', '日本', '\u2028'));

/** Serializes like any JSON writer might: spacing, key order, extra fields, escapes, number forms. */
function looseJson(value: unknown, random: () => number, space: string, escapes: boolean): string {
  const inner = (v: unknown): string => looseJson(v, random, space, escapes);
  if (Array.isArray(value)) return `[${space}${value.map(inner).join(`,${space}`)}${space}]`;
  if (typeof value === 'number') return random() < 0.3 && value !== 0 ? value.toExponential() : String(value);
  if (typeof value === 'string') return escapes && random() < 0.3 ? escapeAll(value) : JSON.stringify(value);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}${space}:${space}${inner(v)}`);
    if (random() < 0.3) entries.push(`"note"${space}:${space}{"nested":[1,true,null,"x"]}`);
    if (random() < 0.5) entries.reverse();
    return `{${space}${entries.join(`,${space}`)}${space}}`;
  }
  return JSON.stringify(value);
}

function escapeAll(text: string): string {
  return `"${Array.from(text, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`;
}

const instanceArb = (id: fc.Arbitrary<string>) =>
  fc
    .record({
      candidates: fc.uniqueArray(id, { minLength: 1, maxLength: 5 }),
      slots: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    })
    .chain(({ candidates, slots }) =>
      fc.record({
        candidates: fc.constant(candidates),
        slots: fc.constant(slots),
        candidateCapacity: fc.array(fc.nat(4), { minLength: candidates.length, maxLength: candidates.length }),
        slotCapacity: fc.array(fc.nat(4), { minLength: slots.length, maxLength: slots.length }),
        mustFill: fc.array(fc.option(fc.boolean(), { nil: undefined }), { minLength: slots.length, maxLength: slots.length }),
        edges: fc.uniqueArray(fc.record({ c: fc.nat(candidates.length - 1), s: fc.nat(slots.length - 1), w: fc.double({ min: 0, max: 1, noNaN: true }) }), {
          selector: (e) => `${e.c}:${e.s}`,
          maxLength: 12,
        }),
        seed: fc.integer(),
        space: spaces,
      }),
    );

type InstanceArb = typeof instanceArb extends (id: fc.Arbitrary<string>) => fc.Arbitrary<infer T> ? T : never;

function looseText(arb: InstanceArb, escapes: boolean): string {
  const instance = {
    candidates: arb.candidates.map((id, i) => ({ id, capacity: arb.candidateCapacity[i] })),
    slots: arb.slots.map((id, i) => ({ id, capacity: arb.slotCapacity[i], ...(arb.mustFill[i] === undefined ? {} : { mustFill: arb.mustFill[i] }) })),
    edges: arb.edges.map((e) => ({ candidate: arb.candidates[e.c], slot: arb.slots[e.s], weight: e.w })),
  };
  let state = arb.seed;
  const random = (): number => ((state = (Math.imul(state, 1103515245) + 12345) | 0) >>> 0) / 2 ** 32;
  if (escapes) return looseJson(instance, random, arb.space, escapes);
  // The fast path wants candidates and slots before edges; everything below the top level is free.
  const { space } = arb;
  const field = (name: keyof typeof instance): string => `"${name}"${space}:${space}${looseJson(instance[name], random, space, false)}`;
  return `{${space}${field('candidates')},${space}${field('slots')},${space}"extra":${space}[]${space},${field('edges')}${space}}`;
}

describe('the byte scanner (fast path)', () => {
  it('reads exactly what JSON.parse + validation reads, however the JSON is written', () => {
    fc.assert(
      fc.property(instanceArb(oddId), (arb) => {
        const text = looseText(arb, true);
        expect(read(text)).toEqual(parseInstanceText(text));
      }),
      { numRuns: 300 },
    );
  });

  it('handles spacing, key order, extra fields and number forms itself', () => {
    fc.assert(
      fc.property(instanceArb(plainId), (arb) => {
        const text = looseText(arb, false);
        expect(scanInstance(Buffer.from(text))).toEqual(parseInstanceText(text));
      }),
      { numRuns: 300 },
    );
  });

  it('takes the fast path for plain instances', () => {
    const problem = read(JSON.stringify(valid)).problem;
    const text = serializeInstance(problem, ['v1', 'v2'], ['r1', 'r2']);
    expect(scanInstance(Buffer.from(text))).toEqual(parseInstanceText(text));
  });

  it.each([
    ['edges before candidates', '{"edges":[],"candidates":[],"slots":[]}'],
    ['an escaped key', '{"candidates":[{"\\u0069d":"a","capacity":1}],"slots":[],"edges":[]}'],
    ['a repeated key', '{"candidates":[{"id":"a","id":"b","capacity":1}],"slots":[],"edges":[]}'],
    ['non-ASCII ids', '{"candidates":[{"id":"ü","capacity":1}],"slots":[],"edges":[]}'],
    ['trailing text', '{"candidates":[],"slots":[],"edges":[]} x'],
    ['a byte order mark', '\ufeff{"candidates":[],"slots":[],"edges":[]}'],
  ])('leaves the fast path on %s, and the slow path decides', (_, text) => {
    expect(scanInstance(Buffer.from(text))).toBeNull();
    let slow: unknown;
    try {
      slow = parseInstanceText(text);
    } catch (error) {
      slow = error;
    }
    let fast: unknown;
    try {
      fast = read(text);
    } catch (error) {
      fast = error;
    }
    expect(fast).toEqual(slow);
  });
});
