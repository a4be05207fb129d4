import { FNV_OFFSET, FNV_PRIME } from './byte-id-index';

/** Thrown (one shared instance) when the bytes are not what the fast path handles. */
class LeaveFastPath extends Error {}
export const LEAVE = new LeaveFastPath('not on the fast path');

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const PLUS = 0x2b;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const UPPER_E = 0x45;
const LEFT_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
export const RIGHT_BRACKET = 0x5d;
const LOWER_E = 0x65;
const LEFT_BRACE = 0x7b;
export const RIGHT_BRACE = 0x7d;
const NON_ASCII = 0x80;
const SIMPLE_ESCAPES = new Set([QUOTE, BACKSLASH, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);
// Below 2^53 with 15 digits, and 10^k exact up to 22: m / 10^k is then correctly rounded (Clinger).
const FAST_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
const MAX_DEPTH = 256;

/**
 * Strict JSON (RFC 8259) read straight from UTF-8 bytes, one token at a time; anything it does not
 * accept throws LEAVE. Strings are only located and hashed (FNV-1a), never decoded, unless asked.
 */
export class JsonByteReader {
  private pos = 0;
  /** Set by closingQuote for the string just scanned: it holds escapes / non-ASCII bytes; its FNV-1a hash. */
  private escaped = false;
  private nonAscii = false;
  private hash = 0;
  /** The last string read by readPlainString: bytes [plainStart, plainEnd), FNV-1a hash. */
  protected plainStart = 0;
  protected plainEnd = 0;
  protected plainHash = 0;
  private keyStart = 0;
  private keyEnd = 0;
  protected readonly text: Buffer;

  constructor(protected readonly bytes: Uint8Array) {
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** True when only whitespace is left. */
  protected atEnd(): boolean {
    this.skipWhitespace();
    return this.pos === this.bytes.length;
  }

  /** Locates an ASCII string without escapes (leaving the fast path otherwise), see plainStart. */
  protected readPlainString(): void {
    this.skipWhitespace();
    if (this.bytes[this.pos] !== QUOTE) throw LEAVE;
    this.plainStart = this.pos + 1;
    this.plainEnd = this.closingQuote(this.plainStart);
    this.plainHash = this.hash;
    if (this.escaped || this.nonAscii) throw LEAVE;
    this.pos = this.plainEnd + 1;
  }

  private skipWhitespace(): void {
    const bytes = this.bytes;
    let pos = this.pos;
    while (pos < bytes.length) {
      const b = bytes[pos];
      if (b !== SPACE && b !== LF && b !== CR && b !== TAB) break;
      pos++;
    }
    this.pos = pos;
  }

  private expect(byte: number): void {
    this.skipWhitespace();
    if (this.bytes[this.pos] !== byte) throw LEAVE;
    this.pos++;
  }

  protected openObject(): void {
    this.expect(LEFT_BRACE);
  }

  protected openArray(): void {
    this.expect(LEFT_BRACKET);
  }

  /** After an opening bracket: consumes the closing one if the container is empty. */
  protected closesEmpty(close: number): boolean {
    this.skipWhitespace();
    if (this.bytes[this.pos] !== close) return false;
    this.pos++;
    return true;
  }

  /** After a value: true on a comma (another entry follows), false on the closing bracket. */
  protected nextEntry(close: number): boolean {
    this.skipWhitespace();
    const b = this.bytes[this.pos++];
    if (b === COMMA) return true;
    if (b === close) return false;
    throw LEAVE;
  }

  /** Reads `"key" :`; escaped keys could spell a known key differently, so they leave the fast path. */
  protected readKey(): void {
    this.skipWhitespace();
    if (this.bytes[this.pos] !== QUOTE) throw LEAVE;
    const start = this.pos + 1;
    const end = this.closingQuote(start);
    if (this.escaped) throw LEAVE;
    this.keyStart = start;
    this.keyEnd = end;
    this.pos = end + 1;
    this.expect(COLON);
  }

  protected keyIs(name: Uint8Array): boolean {
    if (this.keyEnd - this.keyStart !== name.length) return false;
    for (let i = 0; i < name.length; i++) if (this.bytes[this.keyStart + i] !== name[i]) return false;
    return true;
  }

  /** Index of the closing quote of the string starting at `start`, validating its escapes. */
  private closingQuote(start: number): number {
    const bytes = this.bytes;
    let hash = FNV_OFFSET;
    let high = 0;
    this.escaped = false;
    for (let pos = start; pos < bytes.length; pos++) {
      const b = bytes[pos];
      if (b === QUOTE) {
        this.hash = hash;
        this.nonAscii = high >= NON_ASCII;
        return pos;
      }
      if (b < SPACE) throw LEAVE;
      high |= b;
      hash = Math.imul(hash ^ b, FNV_PRIME);
      if (b === BACKSLASH) {
        this.escaped = true;
        pos = this.escapeEnd(pos);
      }
    }
    throw LEAVE;
  }

  private escapeEnd(backslash: number): number {
    const next = this.bytes[backslash + 1];
    if (SIMPLE_ESCAPES.has(next)) return backslash + 1;
    if (next !== 0x75) throw LEAVE;
    for (let i = 2; i < 6; i++) if (!isHexDigit(this.bytes[backslash + i])) throw LEAVE;
    return backslash + 5;
  }

  protected readBoolean(): boolean {
    this.skipWhitespace();
    if (this.matchLiteral('true')) return true;
    if (this.matchLiteral('false')) return false;
    throw LEAVE;
  }

  private matchLiteral(literal: string): boolean {
    for (let i = 0; i < literal.length; i++) if (this.bytes[this.pos + i] !== literal.charCodeAt(i)) return false;
    this.pos += literal.length;
    return true;
  }

  /** Strict JSON number grammar; short plain decimals are converted here, the rest by Number(). */
  protected readNumber(): number {
    this.skipWhitespace();
    const bytes = this.bytes;
    const start = this.pos;
    let pos = start;
    const negative = bytes[pos] === MINUS;
    if (negative) pos++;
    let mantissa = 0;
    let digits = 0;
    if (bytes[pos] === ZERO) {
      pos++;
    } else {
      if (!isDigit(bytes[pos])) throw LEAVE;
      for (; isDigit(bytes[pos]); pos++, digits++) mantissa = mantissa * 10 + (bytes[pos] - ZERO);
    }
    let fraction = 0;
    if (bytes[pos] === DOT) {
      pos++;
      if (!isDigit(bytes[pos])) throw LEAVE;
      for (; isDigit(bytes[pos]); pos++, digits++, fraction++) mantissa = mantissa * 10 + (bytes[pos] - ZERO);
    }
    let plain = true;
    if (bytes[pos] === LOWER_E || bytes[pos] === UPPER_E) {
      plain = false;
      pos++;
      if (bytes[pos] === PLUS || bytes[pos] === MINUS) pos++;
      if (!isDigit(bytes[pos])) throw LEAVE;
      while (isDigit(bytes[pos])) pos++;
    }
    this.pos = pos;
    if (plain && digits <= FAST_DIGITS) return (negative ? -mantissa : mantissa) / POWERS_OF_TEN[fraction];
    return Number(this.text.toString('latin1', start, pos));
  }

  /** Skips any JSON value, validating it, for fields the format does not define. */
  protected skipValue(depth: number): void {
    if (depth > MAX_DEPTH) throw LEAVE;
    this.skipWhitespace();
    const b = this.bytes[this.pos];
    if (b === LEFT_BRACE) this.skipObject(depth);
    else if (b === LEFT_BRACKET) this.skipArray(depth);
    else if (b === QUOTE) this.pos = this.closingQuote(this.pos + 1) + 1;
    else if (b === MINUS || isDigit(b)) this.readNumber();
    else if (!this.matchLiteral('true') && !this.matchLiteral('false') && !this.matchLiteral('null')) throw LEAVE;
  }

  private skipObject(depth: number): void {
    this.openObject();
    if (this.closesEmpty(RIGHT_BRACE)) return;
    do {
      this.readKey();
      this.skipValue(depth + 1);
    } while (this.nextEntry(RIGHT_BRACE));
  }

  private skipArray(depth: number): void {
    this.openArray();
    if (this.closesEmpty(RIGHT_BRACKET)) return;
    do this.skipValue(depth + 1);
    while (this.nextEntry(RIGHT_BRACKET));
  }
}

function isDigit(b: number): boolean {
  return b >= ZERO && b <= NINE;
}

function isHexDigit(b: number): boolean {
  return isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
}
