import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { DataSource } from 'typeorm';

import { dataSourceOptions } from '../../src/database/data-source-options';
import { ADMIN_USAGE, runAdminCommand } from '../../src/users/platform-admins';
import { UserEntity } from '../../src/users/user.entity';
import { createTestDatabase } from '../utils/test-database';

const CLI = join(__dirname, '..', '..', 'dist', 'src', 'users', 'admin.cli.js');

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run admin', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  const isAdmin = async (email: string) => (await dataSource.getRepository(UserEntity).findOneByOrFail({ email })).isPlatformAdmin;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(db.url)).initialize();
    await dataSource.getRepository(UserEntity).insert([
      { email: 'ada@example.org', name: 'Ada', passwordHash: 'x' },
      { email: 'bob@example.org', name: 'Bob', passwordHash: 'x' },
    ]);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('grants, lists and revokes, and saying it twice changes nothing', async () => {
    expect(await runAdminCommand(dataSource, ['list'])).toEqual(['No platform admins yet: npm run admin -- grant <email>']);
    expect(await runAdminCommand(dataSource, ['grant', ' Ada@Example.org '])).toEqual(['ada@example.org is now a platform admin.']);
    expect(await runAdminCommand(dataSource, ['grant', 'ada@example.org'])).toEqual(['ada@example.org was already a platform admin; nothing changed.']);
    expect(await runAdminCommand(dataSource, ['list'])).toEqual(['ada@example.org  Ada']);
    expect(await isAdmin('bob@example.org')).toBe(false);
    expect(await runAdminCommand(dataSource, ['revoke', 'ada@example.org'])).toEqual(['ada@example.org is no longer a platform admin.']);
    expect(await runAdminCommand(dataSource, ['revoke', 'ada@example.org'])).toEqual(['ada@example.org was not a platform admin; nothing changed.']);
    expect(await isAdmin('ada@example.org')).toBe(false);
  });

  it('refuses unknown emails and hostile values without touching anyone', async () => {
    for (const email of ['nobody@example.org', "x'OR'1'='1@example.org", '%@%', 'ADA@example.org.']) {
      await expect(runAdminCommand(dataSource, ['grant', email])).rejects.toThrow(/^No user has the email ".*": they sign up first, then run this again\.$/);
    }
    for (const email of ['ada@example.org\u0000', "' OR 1=1 --", '', 'ada@@example.org', 'a b@example.org']) {
      await expect(runAdminCommand(dataSource, ['grant', email])).rejects.toThrow(/^".*" is not an email address\. Usage: npm run admin/);
    }
    expect(await runAdminCommand(dataSource, ['list'])).toEqual(['No platform admins yet: npm run admin -- grant <email>']);
  });

  it('explains its usage for anything else', async () => {
    for (const args of [[], ['grant'], ['promote', 'ada@example.org'], ['grant', 'ada@example.org', 'bob@example.org'], ['list', 'ada@example.org']]) {
      await expect(runAdminCommand(dataSource, args)).rejects.toThrow(ADMIN_USAGE);
    }
  });

  it('runs as a command against DATABASE_URL, with one line on stderr and exit 1 when refused', async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first with "npx tsc -p tsconfig.build.json" (npm test does).`);
    const granted = await runCli(['grant', 'bob@example.org'], { DATABASE_URL: db.url });
    expect(granted).toEqual({ code: 0, stdout: 'bob@example.org is now a platform admin.\n', stderr: '' });
    expect(await isAdmin('bob@example.org')).toBe(true);
    const refused = await runCli(['grant', 'carol@example.org'], { DATABASE_URL: db.url });
    expect(refused).toEqual({ code: 1, stdout: '', stderr: 'No user has the email "carol@example.org": they sign up first, then run this again.\n' });
  });
});
