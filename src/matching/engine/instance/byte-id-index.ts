const EMPTY = 0;
const MIN_SLOTS = 1024;

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/**
 * Open-addressing index of ids given as byte ranges of the document, with FNV-1a hashes computed
 * while scanning. Looking an edge's ids up this way makes no strings: a Map<string> lookup of a
 * freshly sliced string costs several times more at 2M edges. Each table slot holds the hash beside
 * the item, and the ids' bytes are copied into one compact buffer, so a lookup touches about two
 * cache lines instead of reaching back into a 100 MB document. Callers only index ASCII ids without
 * escapes, where equal bytes and equal strings are the same thing.
 */
export class ByteIdIndex {
  /** Pairs (hash, item + 1); item 0 marks an empty slot. */
  private table = new Int32Array(2 * MIN_SLOTS);
  private idBytes = new Uint8Array(1 << 16);
  private idStart = new Int32Array(MIN_SLOTS + 1);
  private count = 0;
  /** Edges usually come grouped by slot: the previous hit is checked before the table. */
  private lastItem = -1;
  private lastHash = 0;

  constructor(private readonly document: Uint8Array) {}

  /** Adds the id at document[start, end); false when it is already there. */
  add(start: number, end: number, hash: number): boolean {
    if (this.find(start, end, hash) >= 0) return false;
    this.reserve(end - start);
    const offset = this.idStart[this.count];
    this.idBytes.set(this.document.subarray(start, end), offset);
    this.idStart[this.count + 1] = offset + end - start;
    this.place(hash, this.count++);
    return true;
  }

  /** Index of the id at document[start, end), or -1. */
  find(start: number, end: number, hash: number): number {
    if (this.lastItem >= 0 && this.lastHash === hash && this.sameBytes(this.lastItem, start, end)) return this.lastItem;
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const item = table[2 * slot + 1] - 1;
      if (item < 0) return -1;
      if (table[2 * slot] === hash && this.sameBytes(item, start, end)) {
        this.lastItem = item;
        this.lastHash = hash;
        return item;
      }
    }
  }

  private sameBytes(item: number, start: number, end: number): boolean {
    const offset = this.idStart[item];
    if (this.idStart[item + 1] - offset !== end - start) return false;
    for (let i = 0; i < end - start; i++) if (this.idBytes[offset + i] !== this.document[start + i]) return false;
    return true;
  }

  private place(hash: number, item: number): void {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let slot = hash & mask;
    while (table[2 * slot + 1] !== EMPTY) slot = (slot + 1) & mask;
    table[2 * slot] = hash;
    table[2 * slot + 1] = item + 1;
  }

  private reserve(length: number): void {
    if (this.idStart.length < this.count + 2) this.idStart = grown(this.idStart, this.count + 2);
    const needed = this.idStart[this.count] + length;
    if (this.idBytes.length < needed) this.idBytes = grown(this.idBytes, needed);
    if (4 * (this.count + 1) > this.table.length) this.rehash();
  }

  /** Doubles the table, keeping the load at most one half. */
  private rehash(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot + 1] !== EMPTY) this.place(old[slot], old[slot + 1] - 1);
  }
}

function grown<T extends Int32Array | Uint8Array>(array: T, needed: number): T {
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}
