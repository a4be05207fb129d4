import { createHash } from 'node:crypto';

/**
 * A stable UUID for a seed row, derived from a readable key such as `org:jp-intermediary`.
 * Fixed ids make seeding idempotent (ON CONFLICT on the same id) and let tests name known rows.
 * The bytes are SHA-1 like RFC 4122 v5, so the result is a well-formed version-5 UUID.
 */
export function seedId(key: string): string {
  const bytes = createHash('sha1').update(`rally-seed:${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
