import { createTestApp, TestApp } from '../utils/test-app';

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('leave nothing for a generated migration to add: entities and migrations agree', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('keep constraints in the database, not only in code', async () => {
    const bad = t.dataSource.query(`INSERT INTO organization (kind, name, country) VALUES ('NONPROFIT', 'x', 'jp')`);
    await expect(bad).rejects.toThrow(/CHK_organization_country/);
  });

  it('refuse to rewrite match history', async () => {
    const [user] = await t.dataSource.query(`INSERT INTO user_account (email, password_hash, name) VALUES ('h@example.org', 'x', 'H') RETURNING id`);
    const [org] = await t.dataSource.query(`INSERT INTO organization (kind, name, country) VALUES ('NONPROFIT', 'NPO', 'JP') RETURNING id`);
    const [need] = await t.dataSource.query(
      `INSERT INTO need (nonprofit_id, title, summary, focus_area, country, language) VALUES ($1, 'Need', 'Summary', 'EDUCATION', 'JP', 'ja') RETURNING id`,
      [org.id],
    );
    const [role] = await t.dataSource.query(`INSERT INTO need_role (need_id, kind, title) VALUES ($1, 'VOLUNTEER', 'Role') RETURNING id`, [need.id]);
    const [profile] = await t.dataSource.query(`INSERT INTO volunteer_profile (user_id, country) VALUES ($1, 'JP') RETURNING id`, [user.id]);
    const [match] = await t.dataSource.query(
      `INSERT INTO match (role_id, need_id, candidate_kind, candidate_id, volunteer_profile_id, version) VALUES ($1, $2, 'VOLUNTEER', $3, $3, 1) RETURNING id`,
      [role.id, need.id, profile.id],
    );
    await t.dataSource.query(`INSERT INTO match_event (match_id, action, to_status) VALUES ($1, 'PROPOSE', 'PROPOSED')`, [match.id]);
    await expect(t.dataSource.query(`UPDATE match_event SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
    const overfill = t.dataSource.query(`UPDATE need_role SET seats_filled = seats + 1 WHERE id = $1`, [role.id]);
    await expect(overfill).rejects.toThrow(/CHK_need_role_seats_filled/);
    const duplicate = t.dataSource.query(
      `INSERT INTO match (role_id, need_id, candidate_kind, candidate_id, volunteer_profile_id, version) VALUES ($1, $2, 'VOLUNTEER', $3, $3, 1)`,
      [role.id, need.id, profile.id],
    );
    await expect(duplicate).rejects.toThrow(/UQ_match_open_pair/);
    await expect(t.dataSource.query(`DELETE FROM match_event WHERE match_id = $1`, [match.id])).rejects.toThrow(/append-only/);
    const untyped = t.dataSource.query(`INSERT INTO match_event (match_id, action, to_status) VALUES ($1, 'REWRITE', 'PROPOSED')`, [match.id]);
    await expect(untyped).rejects.toThrow(/CHK_match_event_action/);
    expect(await t.dataSource.query(`SELECT action FROM match_event WHERE match_id = $1`, [match.id])).toEqual([{ action: 'PROPOSE' }]);
    // The history goes only with its match: removing the role cascades through match to match_event.
    await t.dataSource.query(`DELETE FROM need_role WHERE id = $1`, [role.id]);
    expect(await t.dataSource.query(`SELECT id FROM match_event WHERE match_id = $1`, [match.id])).toEqual([]);
  });
});
