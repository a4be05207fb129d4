import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadConfig } from '../config/app-config';
import { jwtSecretFile, resolveJwtSecret } from './jwt-secret';

describe('resolveJwtSecret', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'rally-jwt-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses JWT_SECRET when set and writes nothing', () => {
    expect(resolveJwtSecret({ JWT_SECRET: 'x'.repeat(32), DATA_DIR: join(dir, 'data') })).toBe('x'.repeat(32));
    expect(() => statSync(join(dir, 'data'))).toThrow();
  });

  it('creates a random secret once, readable by its owner only, and returns the same one afterwards', () => {
    const dataDir = join(dir, 'nested', 'data');
    const first = resolveJwtSecret({ DATA_DIR: dataDir });
    expect(statSync(jwtSecretFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(resolveJwtSecret({ DATA_DIR: dataDir })).toBe(first);
    const otherInstall = mkdtempSync(join(tmpdir(), 'rally-jwt-other-'));
    try {
      expect(resolveJwtSecret({ DATA_DIR: otherInstall })).not.toBe(first);
    } finally {
      rmSync(otherInstall, { recursive: true, force: true });
    }
  });

  it('tightens a secret file restored with loose permissions, and refuses a truncated one', () => {
    writeFileSync(jwtSecretFile(dir), 'y'.repeat(40));
    chmodSync(jwtSecretFile(dir), 0o644);
    expect(resolveJwtSecret({ DATA_DIR: dir })).toBe('y'.repeat(40));
    expect(statSync(jwtSecretFile(dir)).mode & 0o777).toBe(0o600);
    writeFileSync(jwtSecretFile(dir), 'short');
    expect(() => resolveJwtSecret({ DATA_DIR: dir })).toThrow(/fewer than 32 characters/);
    expect(readFileSync(jwtSecretFile(dir), 'utf8')).toBe('short');
  });

  it('stops production without JWT_SECRET with one line', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: must be set/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'z'.repeat(32) }).JWT_SECRET).toBe('z'.repeat(32));
  });
});
