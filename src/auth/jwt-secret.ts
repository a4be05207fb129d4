import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';

export const jwtSecretFile = (dataDir: string) => join(dataDir, 'jwt-secret');

/**
 * JWT_SECRET when set; otherwise a random secret created on first start and kept in the data
 * dir, so no install ever signs with a value that is public, and sessions survive restarts.
 * The API and the worker read the same file; whoever comes first creates it (exclusive create).
 */
export function resolveJwtSecret(config: Pick<AppConfig, 'JWT_SECRET' | 'DATA_DIR'>): string {
  if (config.JWT_SECRET) return config.JWT_SECRET;
  const file = jwtSecretFile(config.DATA_DIR);
  mkdirSync(config.DATA_DIR, { recursive: true });
  try {
    writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  // A copy restored with loose permissions is tightened rather than trusted as it is.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} holds fewer than 32 characters; delete it to have a new secret generated.`);
  return secret;
}
