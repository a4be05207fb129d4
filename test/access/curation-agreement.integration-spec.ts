import { MatchNotifier } from '../../src/matches/match-notifier.service';
import { MatchingInputLoader } from '../../src/matching/matching-input.loader';
import { MatchingRunEntity, MatchingScope } from '../../src/matching/matching-run.entity';
import { insertIntermediary, insertMatch, insertNeed, insertProgram, insertVolunteer } from '../utils/fixtures';
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
  let roleId: string;
  let matchId: string;

  beforeAll(async () => {
    t = await createTestApp();
    curator = await signUp(t);
    stranger = await signUp(t);
    const nonprofit = await signUp(t);
    const volunteer = await signUp(t);
    intermediaryId = await insertIntermediary(t, { name: 'Curating', languages: [], curatorId: curator.userId });
    await insertIntermediary(t, { name: 'Elsewhere', languages: [], curatorId: stranger.userId });
    const nonprofitId = await createOrganization(t, nonprofit, { kind: 'NONPROFIT' });
    await insertProgram(t, { intermediaryId, name: 'Cohort', participants: [{ organizationId: nonprofitId, role: 'COHORT' }] });
    const { roleIds } = await insertNeed(t, { nonprofitId, title: 'Books', summary: 'Bookkeeping', roles: [{ title: 'Accountant', hoursPerMonth: 10 }] });
    [roleId] = roleIds;
    const profileId = await insertVolunteer(t, { userId: volunteer.userId, languages: ['ja'] });
    matchId = await insertMatch(t, { roleId, candidateId: profileId, status: 'PROPOSED', score: 0, explanation: '' });
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
