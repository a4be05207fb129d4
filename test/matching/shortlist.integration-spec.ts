import { INestApplicationContext } from '@nestjs/common';

import { MatchingScope, MatchingTrigger } from '../../src/matching/matching-run.entity';
import { MatchingRunLauncher } from '../../src/matching/matching-run.launcher';
import { insertAffiliation, insertMatch, insertMembership, insertNeed, insertOrganization, insertSkills, insertVolunteer } from '../utils/fixtures';
import { Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { waitForRun } from './matching-fixtures';
import { startWorker } from './matching-worker';

const SHORTLIST = `query($id: ID!) { need(id: $id) { roles { id shortlist {
  rank score proposed candidateId candidateKind candidateName candidateHeadline matchId matchStatus
  breakdown { parts { skills } weights { skills } } reasons { kind skillId level wanted } } } } }`;
const PROPOSE = `mutation($input: ProposeAlternativeInput!) { proposeAlternative(input: $input) { id status roleId candidateId score manual reasons { kind note } } }`;

interface Entry {
  rank: number;
  score: number;
  proposed: boolean;
  candidateId: string;
  candidateName: string;
  matchId: string | null;
  matchStatus: string | null;
  reasons: { kind: string }[];
}
interface Role {
  id: string;
  shortlist: Entry[];
}

describe('role shortlists: stored by runs, seen by curators, swapped by them', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let curator: Session;
  let otherCurator: Session;
  let nonprofitMember: Session;
  let candidate: Session;
  let needId: string;
  let swapRole: string;
  let raceRole: string;
  const accountants: string[] = [];
  const designers: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    worker = await startWorker(t.config);
    [curator, otherCurator, nonprofitMember, candidate] = [await signUp(t), await signUp(t), await signUp(t), await signUp(t)];
    await insertSkills(t.dataSource, ['accounting', 'web-design']);
    const intermediary = await insertOrganization(t.dataSource, 'INTERMEDIARY');
    const otherIntermediary = await insertOrganization(t.dataSource, 'INTERMEDIARY');
    const nonprofit = await insertOrganization(t.dataSource, 'NONPROFIT');
    await insertMembership(t.dataSource, { userId: curator.userId, organizationId: intermediary });
    await insertMembership(t.dataSource, { userId: otherCurator.userId, organizationId: otherIntermediary });
    await insertMembership(t.dataSource, { userId: nonprofitMember.userId, organizationId: nonprofit });
    await insertAffiliation(t.dataSource, { intermediaryId: intermediary, organizationId: nonprofit, vetted: true });
    for (const level of [5, 4, 3, 2]) {
      accountants.push(await insertVolunteer(t.dataSource, { userId: level === 2 ? candidate.userId : undefined, skills: [['accounting', level]] }));
      designers.push(await insertVolunteer(t.dataSource, { skills: [['web-design', level]] }));
    }
    ({
      needId,
      roleIds: [swapRole, raceRole],
    } = await insertNeed(t.dataSource, { nonprofitId: nonprofit, roles: [{ skills: [['accounting', 3, 1]] }, { skills: [['web-design', 3, 1]] }] }));
    await runMatching();
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  const runMatching = async () => {
    const run = await t.app.get(MatchingRunLauncher).launch({ scope: MatchingScope.NEED, scopeId: needId, trigger: MatchingTrigger.CURATOR, requestedById: null });
    const row = await waitForRun(t.dataSource, run.id);
    expect(row.status).toBe('SUCCEEDED');
    return run.id;
  };
  const shortlistAs = async (session: Session, roleId: string) => {
    const res = await t.gql<{ need: { roles: Role[] } }>(SHORTLIST, { id: needId }, session.token);
    return { errors: res.errors, entries: res.data?.need.roles.find((r) => r.id === roleId)?.shortlist };
  };
  const propose = (session: Session, input: Record<string, unknown>) =>
    t.gql<{ proposeAlternative: { id: string; status: string; candidateId: string; score: number; reasons: { kind: string; note: string | null }[] } }>(
      PROPOSE,
      { input: { reason: 'A better fit for the tax season', ...input } },
      session.token,
    );
  const proposedMatchOf = async (roleId: string) =>
    (await t.dataSource.query(`SELECT id, candidate_id FROM match WHERE role_id = $1 AND status = 'PROPOSED'`, [roleId])) as { id: string; candidate_id: string }[];
  const statusOf = async (matchId: string) => ((await t.dataSource.query(`SELECT status FROM match WHERE id = $1`, [matchId])) as { status: string }[])[0].status;

  describe('storing', () => {
    it('stores each role ranked by score, marking the run proposal, in the run that proposed it', async () => {
      const rows = (await t.dataSource.query(`SELECT rank, candidate_id, proposed, score, run_id FROM role_shortlist_entry WHERE role_id = $1 ORDER BY rank`, [swapRole])) as {
        rank: number;
        candidate_id: string;
        proposed: boolean;
        score: number;
        run_id: string;
      }[];
      expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4].slice(0, rows.length));
      expect(rows.length).toBeGreaterThanOrEqual(3);
      expect(rows[0].candidate_id).toBe(accountants[0]);
      for (let i = 1; i < rows.length; i++) expect(rows[i].score).toBeLessThanOrEqual(rows[i - 1].score);
      const [proposal] = await proposedMatchOf(swapRole);
      expect(rows.filter((r) => r.proposed).map((r) => r.candidate_id)).toEqual([proposal.candidate_id]);
      expect(new Set(rows.map((r) => r.run_id)).size).toBe(1);
    });

    it('replaces the whole list of a role on the next run', async () => {
      const [before] = (await t.dataSource.query(`SELECT run_id FROM role_shortlist_entry WHERE role_id = $1 LIMIT 1`, [swapRole])) as { run_id: string }[];
      const runId = await runMatching();
      expect(runId).not.toBe(before.run_id);
      const runs = (await t.dataSource.query(`SELECT DISTINCT run_id FROM role_shortlist_entry WHERE role_id = ANY($1::uuid[])`, [[swapRole, raceRole]])) as { run_id: string }[];
      expect(runs).toEqual([{ run_id: runId }]);
    });

    it('refuses two entries on one rank and a candidate row of the wrong kind in the database itself', async () => {
      const insert = (rank: number, kind: string) =>
        t.dataSource.query(
          `INSERT INTO role_shortlist_entry (role_id, rank, candidate_kind, candidate_id, volunteer_profile_id, score, breakdown, reasons, proposed, run_id)
           SELECT role_id, $2, $3, $4, $4, 0.5, '{}', '[]', false, run_id FROM role_shortlist_entry WHERE role_id = $1 LIMIT 1`,
          [swapRole, rank, kind, designers[3]],
        );
      await expect(insert(1, 'VOLUNTEER')).rejects.toThrow(/UQ_role_shortlist_entry_rank/);
      await expect(insert(99, 'MENTOR')).rejects.toThrow(/CHK_role_shortlist_entry_candidate/);
    });
  });

  describe('NeedRole.shortlist', () => {
    it('shows the curator ranked entries with score parts, typed reasons and who is already matched', async () => {
      const { errors, entries } = await shortlistAs(curator, swapRole);
      expect(errors).toBeUndefined();
      expect(entries?.map((e) => e.rank)).toEqual(entries?.map((_, i) => i + 1));
      const [proposal] = await proposedMatchOf(swapRole);
      const top = entries?.find((e) => e.proposed);
      expect(top).toMatchObject({ candidateId: proposal.candidate_id, matchId: proposal.id, matchStatus: 'PROPOSED' });
      expect(top?.candidateName).not.toBe('');
      expect(top?.reasons.map((r) => r.kind)).toContain('SKILL');
      expect(entries?.filter((e) => !e.proposed).every((e) => e.matchId === null)).toBe(true);
    });

    it('is empty for the nonprofit, the candidates and curators of other intermediaries', async () => {
      for (const session of [nonprofitMember, candidate, otherCurator]) {
        const { errors, entries } = await shortlistAs(session, swapRole);
        // Either the need is out of their sight altogether, or they see it without its shortlist.
        if (errors) expect(errorCode({ errors })).toBe('NOT_FOUND');
        else expect(entries).toEqual([]);
      }
      expect((await shortlistAs(candidate, swapRole)).entries).toEqual([]);
    });
  });

  describe('proposeAlternative', () => {
    it('refuses other tenants, non-curators, unknown entries and bad input, changing nothing', async () => {
      const [proposal] = await proposedMatchOf(swapRole);
      const alternative = accountants.find((id) => id !== proposal.candidate_id) as string;
      const input = { roleId: swapRole, candidateId: alternative, replacesMatchId: proposal.id };
      expect(errorCode(await propose(otherCurator, input))).toBe('NOT_FOUND');
      expect(errorCode(await propose(nonprofitMember, input))).toBe('FORBIDDEN');
      expect(errorCode(await propose(curator, { ...input, candidateId: designers[0] }))).toBe('NOT_FOUND');
      expect(errorCode(await propose(curator, { ...input, roleId: 'not-an-id' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await propose(curator, { ...input, reason: 'x'.repeat(5000) }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await propose(curator, { ...input, replacesMatchId: (await proposedMatchOf(raceRole))[0].id }))).toBe('BAD_USER_INPUT');
      expect(await statusOf(proposal.id)).toBe('PROPOSED');
      expect((await t.dataSource.query(`SELECT 1 FROM match WHERE role_id = $1 AND candidate_id = $2`, [swapRole, alternative])).length).toBe(0);
    });

    it('refuses a candidate declined before with a code', async () => {
      const { entries } = await shortlistAs(curator, swapRole);
      const declined = entries?.find((e) => !e.proposed && e.rank > 2) as Entry;
      await insertMatch(t.dataSource, { roleId: swapRole, candidateId: declined.candidateId, status: 'DECLINED' });
      const res = await propose(curator, { roleId: swapRole, candidateId: declined.candidateId });
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors?.[0].extensions?.conflict).toBe('DECLINED_BEFORE');
    });

    it('offers the alternative with the engine reasons and withdraws the proposal it replaces, once', async () => {
      const [proposal] = await proposedMatchOf(swapRole);
      const { entries } = await shortlistAs(curator, swapRole);
      const alternative = entries?.find((e) => !e.proposed && e.rank <= 2) as Entry;
      const res = await propose(curator, { roleId: swapRole, candidateId: alternative.candidateId, replacesMatchId: proposal.id, reason: '<b>knows</b> the books' });
      expect(res.errors).toBeUndefined();
      const match = res.data?.proposeAlternative;
      expect(match).toMatchObject({ status: 'OFFERED', candidateId: alternative.candidateId, score: alternative.score });
      expect(match?.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['SKILL', 'MANUAL']));
      expect(match?.reasons.find((r) => r.kind === 'MANUAL')?.note).toBe('<b>knows</b> the books');
      expect(await statusOf(proposal.id)).toBe('WITHDRAWN');
      const again = await propose(curator, { roleId: swapRole, candidateId: alternative.candidateId });
      expect(errorCode(again)).toBe('CONFLICT');
      expect(again.errors?.[0].extensions?.conflict).toBe('ALREADY_MATCHED');
      expect((await shortlistAs(curator, swapRole)).entries?.find((e) => e.candidateId === alternative.candidateId)).toMatchObject({ matchStatus: 'OFFERED' });
    });

    it('lets one of two swaps replacing the same proposal win', async () => {
      const [proposal] = await proposedMatchOf(raceRole);
      const others = designers.filter((id) => id !== proposal.candidate_id).slice(0, 2);
      const results = await Promise.all(others.map((candidateId) => propose(curator, { roleId: raceRole, candidateId, replacesMatchId: proposal.id })));
      expect(results.map((r) => (r.errors ? errorCode(r) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
      expect(await statusOf(proposal.id)).toBe('WITHDRAWN');
      const open = (await t.dataSource.query(`SELECT candidate_id FROM match WHERE role_id = $1 AND status = 'OFFERED'`, [raceRole])) as unknown[];
      expect(open).toHaveLength(1);
    });

    it('refuses a full role', async () => {
      await t.dataSource.query(`UPDATE need_role SET seats_filled = seats WHERE id = $1`, [raceRole]);
      const { entries } = await shortlistAs(curator, raceRole);
      const free = entries?.find((e) => e.matchId === null) as Entry;
      const res = await propose(curator, { roleId: raceRole, candidateId: free.candidateId });
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors?.[0].extensions?.conflict).toBe('ROLE_FULL');
    });
  });
});
