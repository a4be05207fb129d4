import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { AppConfig } from '../config/app-config';

export const jwtSecretFile = (dataDir: string) => join(dataDir, 'jwt-secret');

/**
 * JWT_SECRET when set; otherwise a random secret created on first start and kept in the data
 * dir, so no install ever signs with a value that is public, and sessions survive restarts.
 * Every process of the install reads the same file; whichever starts first creates it.
 */
export function resolveJwtSecret(config: Pick<AppConfig, 'JWT_SECRET' | 'DATA_DIR'>): string {
  if (config.JWT_SECRET) return config.JWT_SECRET;
  const file = jwtSecretFile(config.DATA_DIR);
  if (!existsSync(file)) createOnce(file);
  // A copy restored with loose permissions is tightened rather than trusted as it is.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} holds fewer than 32 characters; delete it to have a new secret generated.`);
  return secret;
}

/** Written aside, then linked into place: a process starting alongside sees the whole secret or none. */
function createOnce(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    rmSync(draft, { force: true });
  }
}
