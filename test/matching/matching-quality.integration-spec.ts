import { INestApplicationContext } from '@nestjs/common';

import { runMatching } from '../../src/matching/engine/match-engine';
import { MatchingInputLoader } from '../../src/matching/matching-input.loader';
import { MatchingRunEntity, MatchingScope, MatchingTrigger } from '../../src/matching/matching-run.entity';
import { MatchingRunLauncher } from '../../src/matching/matching-run.launcher';
import { DEMO_IDS } from '../../src/seed/data/demo-world.data';
import { seedDemoWorld } from '../../src/seed/seed.service';
import { loadSkillTaxonomy } from '../../src/skills/skill-taxonomy.loader';
import { createTestApp, TestApp } from '../utils/test-app';
import { waitForRun } from './matching-fixtures';
import { startWorker } from './matching-worker';

interface Ranked {
  candidateId: string;
  score: number;
  languages: string[];
  country: string;
  onSiteOk: boolean;
  skills: Record<string, number>;
}

const OPEN = `('PROPOSED', 'OFFERED')`;

/**
 * Matching on the demo world (src/seed): hand-picked needs get the kind of person a curator would
 * pick, the European accelerator's rule (a mentor for every cohort project) holds wherever a mentor
 * can serve, and no proposal of a full run breaks a hard filter.
 */
describe('matching quality on the demo world', () => {
  let t: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    t = await createTestApp();
    await loadSkillTaxonomy(t.dataSource);
    await seedDemoWorld(t.dataSource);
    worker = await startWorker(t.config);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  const roleId = async (titleLike: string): Promise<string> => {
    const rows = await t.dataSource.query(`SELECT id FROM need_role WHERE title LIKE $1`, [titleLike]);
    expect(rows).toHaveLength(1);
    return rows[0].id;
  };

  /** The three best candidates for one role: with three seats and no competing role, the optimum is the top three by score. */
  const topThree = async (titleLike: string): Promise<Ranked[]> => {
    const id = await roleId(titleLike);
    const run = Object.assign(new MatchingRunEntity(), { scope: MatchingScope.ROLES, scopeId: null, parameters: { roleIds: [id] } });
    const loaded = await worker.get(MatchingInputLoader).load(run);
    const input = { ...loaded.input, roles: loaded.input.roles.map((r) => ({ ...r, seatsOpen: 3, mustFill: false })) };
    const { proposals } = runMatching(input);
    const byId = new Map(input.candidates.map((c) => [c.id, c]));
    return proposals
      .sort((a, b) => b.score - a.score)
      .map((p) => {
        const c = byId.get(p.candidateId);
        if (!c) throw new Error(`unknown candidate ${p.candidateId}`);
        return {
          candidateId: c.id,
          score: p.score,
          languages: c.languages,
          country: c.country,
          onSiteOk: c.onSiteOk,
          skills: Object.fromEntries(c.skills.map((s) => [s.skillId, s.level])),
        };
      });
  };

  it('puts a Japanese-speaking accountant in the top three for the Japanese accounting need', async () => {
    const top = await topThree('%(accounting adviser)');
    expect(top).toHaveLength(3);
    expect(top.every((c) => c.languages.includes('ja'))).toBe(true);
    expect(top.some((c) => (c.skills['accounting'] ?? 0) >= 4)).toBe(true);
    expect(top[0].skills['accounting'] ?? top[0].skills['nonprofit-accounting']).toBeDefined();
  });

  it('puts a Japanese–English translator in the top three for the translation need', async () => {
    const top = await topThree('%(translation)');
    expect(top.some((c) => c.skills['translation-ja-en'] !== undefined)).toBe(true);
  });

  it('puts a grant writer in the top three for the grant-application need', async () => {
    const top = await topThree('%(grant writer)');
    expect(top.some((c) => (c.skills['grant-writing'] ?? 0) >= 3)).toBe(true);
  });

  it('proposes only people in Japan who can come on site for the on-site online-shop need, an e-commerce person among them', async () => {
    const top = await topThree('%(online shop)');
    expect(top.length).toBeGreaterThan(0);
    expect(top.every((c) => c.country === 'JP' && c.onSiteOk)).toBe(true);
    expect(top.some((c) => c.skills['e-commerce'] !== undefined)).toBe(true);
  });

  it('puts an engineer in the top three for the bootcamp’s student-tracking tool and a scaling mentor for its mentor role', async () => {
    const team = await topThree('Pro-bono team: student-tracking tool');
    expect(team.some((c) => c.skills['backend-development'] !== undefined || c.skills['frontend-development'] !== undefined)).toBe(true);
    const mentors = await topThree('Mentor: scaling an education social business%');
    expect(mentors.some((c) => (c.skills['scaling-strategy'] ?? 0) >= 4)).toBe(true);
  });

  it('gives every cohort project of the European accelerator a mentor wherever a mentor can serve it', async () => {
    const launched = await t.app
      .get(MatchingRunLauncher)
      .launch({ scope: MatchingScope.PROGRAM, scopeId: DEMO_IDS.euProgram, trigger: MatchingTrigger.CURATOR, requestedById: null });
    const run = await waitForRun(t.dataSource, launched.id);
    expect(run.status).toBe('SUCCEEDED');

    const mentorRoles: { id: string; covered: boolean }[] = await t.dataSource.query(
      `SELECT r.id, EXISTS (SELECT 1 FROM match m WHERE m.role_id = r.id AND m.status IN ${OPEN}) AS covered
         FROM need_role r JOIN need n ON n.id = r.need_id WHERE n.program_id = $1 AND r.kind = 'MENTOR' AND n.status = 'OPEN'`,
      [DEMO_IDS.euProgram],
    );
    expect(mentorRoles.length).toBe(20);
    // A role some mentor can serve at all gets a proposal when matched alone; the program run must cover each such role.
    const servable: string[] = [];
    for (const role of mentorRoles) {
      const loaded = await worker
        .get(MatchingInputLoader)
        .load(Object.assign(new MatchingRunEntity(), { scope: MatchingScope.ROLES, scopeId: null, parameters: { roleIds: [role.id] } }));
      if (runMatching(loaded.input).proposals.length > 0) servable.push(role.id);
    }
    expect(servable.length).toBeGreaterThanOrEqual(18);
    expect(
      mentorRoles
        .filter((r) => r.covered)
        .map((r) => r.id)
        .sort(),
    ).toEqual([...servable].sort());
    expect(run.counts).toMatchObject({ mustFillCovered: servable.length, mustFillTotal: 20 });
  });

  it('breaks no hard filter anywhere in a full run', async () => {
    const launched = await t.app.get(MatchingRunLauncher).launch({ scope: MatchingScope.ALL, scopeId: null, trigger: MatchingTrigger.CURATOR, requestedById: null });
    const run = await waitForRun(t.dataSource, launched.id);
    expect(run.status).toBe('SUCCEEDED');
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int FROM match WHERE status IN ${OPEN}`);
    expect(count).toBeGreaterThan(50);
    console.log(`demo world ALL run: counts ${JSON.stringify(run.counts)}, timings ${JSON.stringify(run.timings)}`);

    const violations = async (rule: string, sql: string) => ({ rule, rows: await t.dataSource.query(sql) });
    const checks = await Promise.all([
      violations('kind', `SELECT m.id FROM match m JOIN need_role r ON r.id = m.role_id WHERE m.status IN ${OPEN} AND m.candidate_kind <> r.kind`),
      violations(
        'language',
        `SELECT m.id FROM match m JOIN need n ON n.id = m.need_id
           LEFT JOIN volunteer_profile v ON v.id = m.volunteer_profile_id LEFT JOIN mentor_profile p ON p.id = m.mentor_profile_id
           LEFT JOIN funding_offer f ON f.id = m.funding_offer_id LEFT JOIN organization fo ON fo.id = f.funder_id
          WHERE m.status IN ${OPEN} AND NOT (n.language = ANY(COALESCE(v.languages, p.languages, fo.languages)))`,
      ),
      violations(
        'on-site country and willingness',
        `SELECT m.id FROM match m JOIN need n ON n.id = m.need_id
           LEFT JOIN volunteer_profile v ON v.id = m.volunteer_profile_id LEFT JOIN mentor_profile p ON p.id = m.mentor_profile_id
          WHERE m.status IN ${OPEN} AND m.candidate_kind <> 'FUNDING' AND NOT n.remote
            AND (COALESCE(v.country, p.country) <> n.country OR v.on_site_ok IS FALSE)`,
      ),
      violations(
        'remote willingness',
        `SELECT m.id FROM match m JOIN need n ON n.id = m.need_id JOIN volunteer_profile v ON v.id = m.volunteer_profile_id
          WHERE m.status IN ${OPEN} AND n.remote AND NOT v.remote_ok`,
      ),
      violations(
        'capacity',
        `SELECT m.candidate_id FROM match m
           LEFT JOIN volunteer_profile v ON v.id = m.volunteer_profile_id LEFT JOIN mentor_profile p ON p.id = m.mentor_profile_id
           LEFT JOIN funding_offer f ON f.id = m.funding_offer_id
          WHERE m.status IN ${OPEN}
          GROUP BY m.candidate_id, v.max_concurrent_engagements, v.active_engagements, p.mentee_capacity, p.active_mentees, f.budget_left, f.min_ticket
         HAVING count(*) > COALESCE(v.max_concurrent_engagements - v.active_engagements, p.mentee_capacity - p.active_mentees,
                                    floor(f.budget_left / GREATEST(f.min_ticket, 1)))`,
      ),
      violations('seats', `SELECT r.id FROM need_role r JOIN match m ON m.role_id = r.id WHERE m.status IN ${OPEN} GROUP BY r.id HAVING count(*) > r.seats - r.seats_filled`),
      violations(
        'same organization',
        `SELECT m.id FROM match m JOIN need n ON n.id = m.need_id
           LEFT JOIN volunteer_profile v ON v.id = m.volunteer_profile_id LEFT JOIN mentor_profile p ON p.id = m.mentor_profile_id
           LEFT JOIN funding_offer f ON f.id = m.funding_offer_id
          WHERE m.status IN ${OPEN} AND (v.employer_id = n.nonprofit_id OR f.funder_id = n.nonprofit_id
             OR EXISTS (SELECT 1 FROM membership ms WHERE ms.organization_id = n.nonprofit_id AND ms.user_id = COALESCE(v.user_id, p.user_id)))`,
      ),
      violations(
        'hours',
        `SELECT m.id FROM match m JOIN need_role r ON r.id = m.role_id JOIN volunteer_profile v ON v.id = m.volunteer_profile_id
          WHERE m.status IN ${OPEN} AND v.hours_per_month < 0.5 * r.hours_per_month`,
      ),
      violations(
        'funding terms',
        `SELECT m.id FROM match m JOIN need n ON n.id = m.need_id JOIN need_role r ON r.id = m.role_id JOIN funding_offer f ON f.id = m.funding_offer_id
          WHERE m.status IN ${OPEN} AND (NOT f.active
             OR (cardinality(f.focus_areas) > 0 AND NOT n.focus_area = ANY(f.focus_areas))
             OR (cardinality(f.countries) > 0 AND NOT n.country = ANY(f.countries))
             OR r.amount < f.min_ticket OR r.amount > f.max_ticket OR r.amount > f.budget_left)`,
      ),
      violations(
        'availability',
        `SELECT m.id FROM match m LEFT JOIN volunteer_profile v ON v.id = m.volunteer_profile_id LEFT JOIN mentor_profile p ON p.id = m.mentor_profile_id
          WHERE m.status IN ${OPEN} AND (v.available IS FALSE OR p.available IS FALSE)`,
      ),
    ]);
    expect(checks.filter((c) => c.rows.length > 0)).toEqual([]);
  });
});
