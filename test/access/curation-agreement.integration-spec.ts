import { MatchNotifier } from '../../src/matches/match-notifier.service';
import { MatchingInputLoader } from '../../src/matching/matching-input.loader';
import { MatchingRunEntity, MatchingScope } from '../../src/matching/matching-run.entity';
import { createOrganization, Session, signUp } from '../utils/operations';
import { createTestApp, TestApp } from '../utils/test-app';

/**
 * Who may see a match, who hears about it, whose impact counts it and which runs re-match it are
 * one rule. The case that once split them: a nonprofit in an intermediary's program whose
 * affiliation has ended, posting a need outside the program. Its curators see the match, so they
 * must also be told about it, count it and re-match it; a curator of another intermediary, none of it.
 */
describe('curation scope: seeing, notifying, impact and matching agree', () => {
  let t: TestApp;
  let curator: Session;
  let stranger: Session;
  let intermediaryId: string;
  let needId: string;
  let roleId: string;
  let matchId: string;

  const one = async <T>(sql: string, params: unknown[]) => ((await t.dataSource.query(sql, params)) as T[])[0];

  beforeAll(async () => {
    t = await createTestApp();
    curator = await signUp(t);
    stranger = await signUp(t);
    const nonprofit = await signUp(t);
    const volunteer = await signUp(t);
    intermediaryId = (await one<{ id: string }>(`INSERT INTO organization (kind, name, country) VALUES ('INTERMEDIARY', 'Curating', 'JP') RETURNING id`, [])).id;
    const otherIntermediaryId = (await one<{ id: string }>(`INSERT INTO organization (kind, name, country) VALUES ('INTERMEDIARY', 'Elsewhere', 'JP') RETURNING id`, [])).id;
    await t.dataSource.query(`INSERT INTO membership (user_id, organization_id, role) VALUES ($1, $2, 'ADMIN'), ($3, $4, 'ADMIN')`, [
      curator.userId,
      intermediaryId,
      stranger.userId,
      otherIntermediaryId,
    ]);
    const nonprofitId = await createOrganization(t, nonprofit, { kind: 'NONPROFIT' });
    const program = await one<{ id: string }>(`INSERT INTO program (intermediary_id, name) VALUES ($1, 'Cohort') RETURNING id`, [intermediaryId]);
    await t.dataSource.query(`INSERT INTO program_participant (program_id, organization_id, role) VALUES ($1, $2, 'COHORT')`, [program.id, nonprofitId]);
    needId = (
      await one<{ id: string }>(
        `INSERT INTO need (nonprofit_id, title, summary, focus_area, country, language, status, published_at) VALUES ($1, 'Books', 'Bookkeeping', 'EDUCATION', 'JP', 'ja', 'OPEN', now()) RETURNING id`,
        [nonprofitId],
      )
    ).id;
    roleId = (await one<{ id: string }>(`INSERT INTO need_role (need_id, kind, title, hours_per_month) VALUES ($1, 'VOLUNTEER', 'Accountant', 10) RETURNING id`, [needId])).id;
    const profile = await one<{ id: string }>(`INSERT INTO volunteer_profile (user_id, country, languages) VALUES ($1, 'JP', '{ja}') RETURNING id`, [volunteer.userId]);
    matchId = (
      await one<{ id: string }>(
        `INSERT INTO match (role_id, need_id, candidate_kind, candidate_id, volunteer_profile_id, status, version) VALUES ($1, $2, 'VOLUNTEER', $3, $3, 'PROPOSED', 1) RETURNING id`,
        [roleId, needId, profile.id],
      )
    ).id;
  }, 60_000);
  afterAll(() => t.close());

  it('lets the curator see the match, and not the curator of another intermediary', async () => {
    const query = `query($id: ID!) { match(id: $id) { id } }`;
    expect((await t.gql<{ match: { id: string } }>(query, { id: matchId }, curator.token)).data?.match.id).toBe(matchId);
    expect((await t.gql(query, { id: matchId }, stranger.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('tells the curator about the new proposal, and nobody else', async () => {
    const drafts = await t.app.get(MatchNotifier).forNewMatches(t.dataSource.manager, [matchId], null);
    expect(drafts.map((d) => d.userId)).toEqual([curator.userId]);
  });

  it("counts the proposal in the curator's intermediary impact", async () => {
    const res = await t.gql<{ impact: { totals: { proposals: number } } }>(
      `query($scope: ImpactScopeInput!) { impact(scope: $scope) { totals { proposals } } }`,
      { scope: { intermediaryId } },
      curator.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.impact.totals.proposals).toBe(1);
  });

  it("re-matches the need in a run for the curator's intermediary", async () => {
    const loader = new MatchingInputLoader(t.dataSource, t.config);
    const run = Object.assign(new MatchingRunEntity(), { scope: MatchingScope.INTERMEDIARY, scopeId: intermediaryId, parameters: {} });
    expect((await loader.load(run)).scopeRoleIds).toEqual([roleId]);
  });
});
