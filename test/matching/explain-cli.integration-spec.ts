import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { runMatching } from '../../src/matching/engine/match-engine';
import { MatchingInputLoader } from '../../src/matching/matching-input.loader';
import { MatchingRunEntity, MatchingScope } from '../../src/matching/matching-run.entity';
import { insertNeed, insertOrganization, insertSkills, insertVolunteer } from '../utils/fixtures';
import { createTestApp, TestApp } from '../utils/test-app';

// Built by `npm run build` (npm test builds first), like the admin CLI's test.
const CLI = join(__dirname, '..', '..', 'dist', 'src', 'matching', 'explain.cli.js');

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

describe('npm run explain', () => {
  let t: TestApp;
  let roleId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await insertSkills(t.dataSource, ['accounting', 'bookkeeping']);
    const nonprofitId = await insertOrganization(t.dataSource, 'NONPROFIT');
    for (const [accounting, bookkeeping] of [
      [5, 1],
      [3, 3],
      [4, 4],
      [2, 5],
      [3, 1],
      [5, 5],
    ]) {
      await insertVolunteer(t.dataSource, {
        skills: [
          ['accounting', accounting],
          ['bookkeeping', bookkeeping],
        ],
      });
    }
    ({
      roleIds: [roleId],
    } = await insertNeed(t.dataSource, {
      nonprofitId,
      roles: [
        {
          skills: [
            ['accounting', 3, 2],
            ['bookkeeping', 3, 1],
          ],
        },
      ],
    }));
  });
  afterAll(() => t?.close());

  const engineShortlist = async () => {
    const run = Object.assign(new MatchingRunEntity(), { scope: MatchingScope.ROLES, scopeId: null, parameters: { roleIds: [roleId] } });
    const loaded = await new MatchingInputLoader(t.dataSource, t.config).load(run);
    return runMatching(loaded.input).shortlists.find((list) => list.roleId === roleId);
  };

  it('prints the ranked shortlist in the engine order, with every part and weight and the pick', async () => {
    const { code, stdout, stderr } = await runCli([roleId], { DATABASE_URL: t.config.DATABASE_URL });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const printed = [...stdout.matchAll(/^#(\d+) (\S+) {2}score (\d\.\d+)(.*)$/gm)];
    const expected = await engineShortlist();
    expect(expected?.entries.length).toBe(5);
    expect(printed.map((m) => m[2])).toEqual(expected?.entries.map((e) => e.candidateId));
    expect(printed.map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5]);
    expect(printed.filter((m) => m[4].includes('picked by the assignment')).map((m) => m[2])).toEqual(expected?.entries.filter((e) => e.proposed).map((e) => e.candidateId));
    for (const part of ['skills', 'cause', 'language', 'location', 'availability', 'affinity', 'load', 'interest']) {
      expect(stdout).toMatch(new RegExp(`^ {4}${part} +\\d\\.\\d{3} × \\d\\.\\d{2} = \\d\\.\\d{4}$`, 'm'));
    }
    expect(stdout).toMatch(/why: covers .*Accounting/);
  });

  it('refuses a missing, malformed or unknown role id with the usage, exiting 1', async () => {
    for (const args of [[], ['not-a-uuid'], ["'; DROP TABLE need_role; --"], ['00000000-0000-4000-8000-000000000000']]) {
      const { code, stdout, stderr } = await runCli(args, { DATABASE_URL: t.config.DATABASE_URL });
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/usage: npm run explain|No role has the id/);
    }
  });
});
