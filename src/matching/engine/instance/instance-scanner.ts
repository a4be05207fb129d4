import { ByteIdIndex } from './byte-id-index';
import { MAX_CAPACITY, type ParsedInstance } from './instance-parser';
import { JsonByteReader, LEAVE, RIGHT_BRACE, RIGHT_BRACKET } from './json-byte-reader';

const key = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const KEY_CANDIDATES = key('candidates');
const KEY_SLOTS = key('slots');
const KEY_EDGES = key('edges');
const KEY_ID = key('id');
const KEY_CAPACITY = key('capacity');
const KEY_MUST_FILL = key('mustFill');
const KEY_CANDIDATE = key('candidate');
const KEY_SLOT = key('slot');
const KEY_WEIGHT = key('weight');

interface Side {
  ids: string[];
  capacity: number[];
  mustFill: number[];
  index: ByteIdIndex;
}

/**
 * Fast path for reading an instance: one pass over the UTF-8 bytes straight into typed arrays,
 * instead of JSON.parse building millions of objects and strings (several times faster and a
 * fraction of the memory at 2M edges). It accepts only what it fully understands — strict JSON,
 * candidates and slots before edges, ids in plain ASCII without escapes, no repeated or escaped
 * keys, every rule of the format met — and returns null for anything else, which then goes
 * through JSON.parse and parseInstance: they decide, and word the error. Duplicate pairs are left
 * to the caller, which checks them for both paths.
 */
export function scanInstance(bytes: Uint8Array): ParsedInstance | null {
  try {
    return new InstanceScanner(bytes).scan();
  } catch (error) {
    if (error === LEAVE) return null;
    throw error;
  }
}

class InstanceScanner extends JsonByteReader {
  private readonly candidates: Side;
  private readonly slots: Side;
  private readonly edgeCandidate: number[] = [];
  private readonly edgeSlot: number[] = [];
  private readonly edgeWeight: number[] = [];

  constructor(bytes: Uint8Array) {
    super(bytes);
    this.candidates = { ids: [], capacity: [], mustFill: [], index: new ByteIdIndex(bytes) };
    this.slots = { ids: [], capacity: [], mustFill: [], index: new ByteIdIndex(bytes) };
  }

  scan(): ParsedInstance {
    let seen = 0;
    this.openObject();
    if (!this.closesEmpty(RIGHT_BRACE)) {
      do {
        this.readKey();
        if (this.keyIs(KEY_CANDIDATES)) {
          seen = mark(seen, 1);
          this.readSide(this.candidates, false);
        } else if (this.keyIs(KEY_SLOTS)) {
          seen = mark(seen, 2);
          this.readSide(this.slots, true);
        } else if (this.keyIs(KEY_EDGES)) {
          if (seen !== 3) throw LEAVE;
          seen = mark(seen, 4);
          this.readEdges();
        } else {
          this.skipValue(1);
        }
      } while (this.nextEntry(RIGHT_BRACE));
    }
    if (seen !== 7 || !this.atEnd()) throw LEAVE;
    return this.result();
  }

  private result(): ParsedInstance {
    return {
      problem: {
        candidateCapacity: Int32Array.from(this.candidates.capacity),
        slotCapacity: Int32Array.from(this.slots.capacity),
        slotMustFill: Uint8Array.from(this.slots.mustFill),
        edgeCandidate: Int32Array.from(this.edgeCandidate),
        edgeSlot: Int32Array.from(this.edgeSlot),
        edgeWeight: Float64Array.from(this.edgeWeight),
      },
      candidateIds: this.candidates.ids,
      slotIds: this.slots.ids,
    };
  }

  private readSide(side: Side, isSlot: boolean): void {
    this.openArray();
    if (this.closesEmpty(RIGHT_BRACKET)) return;
    do {
      let idStart = -1;
      let idEnd = -1;
      let idHash = 0;
      let capacity = NaN;
      let mustFill = false;
      let seen = 0;
      this.openObject();
      if (!this.closesEmpty(RIGHT_BRACE)) {
        do {
          this.readKey();
          if (this.keyIs(KEY_ID)) {
            seen = mark(seen, 1);
            this.readPlainString();
            idStart = this.plainStart;
            idEnd = this.plainEnd;
            idHash = this.plainHash;
          } else if (this.keyIs(KEY_CAPACITY)) {
            seen = mark(seen, 2);
            capacity = this.readNumber();
          } else if (isSlot && this.keyIs(KEY_MUST_FILL)) {
            seen = mark(seen, 4);
            mustFill = this.readBoolean();
          } else {
            this.skipValue(2);
          }
        } while (this.nextEntry(RIGHT_BRACE));
      }
      if ((seen & 1) === 0 || idEnd === idStart || !side.index.add(idStart, idEnd, idHash)) throw LEAVE;
      this.addSideItem(side, this.text.toString('latin1', idStart, idEnd), capacity, mustFill);
    } while (this.nextEntry(RIGHT_BRACKET));
  }

  private addSideItem(side: Side, id: string, capacity: number, mustFill: boolean): void {
    if (!Number.isInteger(capacity) || capacity < 0) throw LEAVE;
    side.ids.push(id);
    side.capacity.push(Math.min(capacity, MAX_CAPACITY));
    side.mustFill.push(mustFill ? 1 : 0);
  }

  private readEdges(): void {
    this.openArray();
    if (this.closesEmpty(RIGHT_BRACKET)) return;
    do {
      let candidate = -1;
      let slot = -1;
      let weight = NaN;
      let seen = 0;
      this.openObject();
      if (!this.closesEmpty(RIGHT_BRACE)) {
        do {
          this.readKey();
          if (this.keyIs(KEY_CANDIDATE)) {
            seen = mark(seen, 1);
            candidate = this.readReference(this.candidates.index);
          } else if (this.keyIs(KEY_SLOT)) {
            seen = mark(seen, 2);
            slot = this.readReference(this.slots.index);
          } else if (this.keyIs(KEY_WEIGHT)) {
            seen = mark(seen, 4);
            weight = this.readNumber();
          } else {
            this.skipValue(2);
          }
        } while (this.nextEntry(RIGHT_BRACE));
      }
      if (seen !== 7 || !(weight >= 0 && weight <= 1)) throw LEAVE;
      this.edgeCandidate.push(candidate);
      this.edgeSlot.push(slot);
      this.edgeWeight.push(weight);
    } while (this.nextEntry(RIGHT_BRACKET));
  }

  private readReference(index: ByteIdIndex): number {
    this.readPlainString();
    const found = index.find(this.plainStart, this.plainEnd, this.plainHash);
    if (found < 0) throw LEAVE;
    return found;
  }
}

function mark(seen: number, bit: number): number {
  if ((seen & bit) !== 0) throw LEAVE;
  return seen | bit;
}
