import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

import { entityTables, findWrites, ownedTables, sourceFiles, TableWrite } from './table-writes';

/**
 * Only the folder that owns a table writes to it; other features call its exported service. The
 * owner is the folder under src/ where the table's entity lives. Migrations and test utilities are
 * not scanned (they live outside src/).
 */
const EXEMPT_FOLDERS: Record<string, string> = {
  // The demo world is inserted in one transaction across every feature's tables, before any feature runs.
  seed: 'loads demo data for every table',
};

const root = resolve(__dirname, '../..');
const src = join(root, 'src');
const tables = ownedTables(src);
const ownerOf = new Map(tables.map((t) => [t.table, t.owner]));
const folderOf = (file: string) => file.split('/')[1];

function allWrites(): TableWrite[] {
  return sourceFiles(src).flatMap((path) => findWrites(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'), tables));
}

const misplaced = (writes: TableWrite[]) =>
  writes
    .filter((w) => !(folderOf(w.file) in EXEMPT_FOLDERS) && ownerOf.get(w.table) !== folderOf(w.file))
    .map((w) => `${w.file}:${w.line} writes ${w.table} (owned by ${ownerOf.get(w.table)}) via ${w.how}`);

describe('table owners', () => {
  const writes = allWrites();

  it('knows the owner of every table from where its entity lives', () => {
    expect(tables.length).toBeGreaterThanOrEqual(26);
    expect(ownerOf.get('volunteer_profile')).toBe('profiles');
    expect(ownerOf.get('funding_offer')).toBe('funding-offers');
    expect(ownerOf.get('membership')).toBe('memberships');
    expect(ownerOf.get('match_event')).toBe('matches');
    expect(ownerOf.get('domain_event')).toBe('common');
  });

  it('gives a join table to the owner of the entity declaring it', () => {
    const entity = `@Entity('network')
      export class NetworkEntity {
        @ManyToMany(() => SkillEntity)
        @JoinTable({ name: 'network_skill', joinColumn: { name: 'network_id' } })
        skills: SkillEntity[];
      }`;
    expect(entityTables('networks', entity)).toEqual([
      { table: 'network', entity: 'NetworkEntity', owner: 'networks' },
      { table: 'network_skill', entity: null, owner: 'networks' },
    ]);
    const withJoin = [...tables, ...entityTables('networks', entity)];
    expect(findWrites('src/skills/x.ts', `await m.query('DELETE FROM network_skill WHERE skill_id = $1', [id]);`, withJoin)).toEqual([
      { file: 'src/skills/x.ts', line: 1, table: 'network_skill', how: 'SQL DELETE FROM network_skill' },
    ]);
  });

  it('finds the writes of the source tree', () => {
    expect(writes.length).toBeGreaterThan(50);
    expect(writes).toContainEqual(expect.objectContaining({ file: 'src/profiles/profile-load.ts', table: 'volunteer_profile' }));
    expect(writes).toContainEqual(expect.objectContaining({ file: 'src/memberships/memberships.service.ts', table: 'invitation' }));
  });

  it('lets only the owning folder write a table', () => {
    expect(misplaced(writes)).toEqual([]);
  });

  it('opens transactions only through the unit of work', () => {
    const opened = sourceFiles(src)
      .map((path) => relative(root, path).split(sep).join('/'))
      .filter((file) => file !== 'src/common/database/unit-of-work.ts' && /\.transaction\(|startTransaction\(/.test(readFileSync(join(root, file), 'utf8')));
    expect(opened).toEqual([]);
  });

  describe('the scanner', () => {
    const plant = (source: string, file = 'src/matches/planted.ts') => misplaced(findWrites(file, source, tables));

    it('catches a write on an entity class outside its owner', () => {
      expect(plant(`await m.update(FundingOfferEntity, { id }, { active: false });`)).toEqual([
        'src/matches/planted.ts:1 writes funding_offer (owned by funding-offers) via update(FundingOfferEntity)',
      ]);
      expect(plant(`await manager.save(manager.create(OrganizationEntity, input));`)).toHaveLength(1);
      expect(plant(`await tx.manager.increment(VolunteerProfileEntity, { id }, 'activeEngagements', 1);`)).toHaveLength(1);
    });

    it('catches repository writes, injected or taken from the data source', () => {
      const injected = `constructor(@InjectRepository(MembershipEntity) private readonly members: Repository<MembershipEntity>) {}
        remove(id: string) { return this.members.delete({ id }); }`;
      expect(plant(injected)).toEqual(['src/matches/planted.ts:2 writes membership (owned by memberships) via repository members.delete']);
      expect(plant(`await this.dataSource.getRepository(UserEntity).update({ id }, { name });`)).toHaveLength(1);
    });

    it('catches query-builder and raw SQL writes', () => {
      expect(plant(`await m.createQueryBuilder().insert().into(MembershipEntity).values(row).execute();`)).toHaveLength(1);
      expect(plant(`await m.createQueryBuilder().delete().from(NeedEntity).where('id = :id', { id }).execute();`)).toHaveLength(1);
      expect(plant(`await m.query('UPDATE mentor_profile SET active_mentees = active_mentees + 1 WHERE id = $1', [id]);`)).toEqual([
        'src/matches/planted.ts:1 writes mentor_profile (owned by profiles) via SQL UPDATE mentor_profile',
      ]);
      expect(plant('await m.query(`INSERT INTO "user_account" (email) VALUES ($1)`, [email]);')).toHaveLength(1);
      expect(plant(`await m.query('DELETE FROM refresh_token WHERE user_id = $1', [id]);`)).toHaveLength(1);
    });

    it('lets the owner write and ignores reads, locks, comments and other methods', () => {
      expect(plant(`await m.update(FundingOfferEntity, { id }, { active });`, 'src/funding-offers/x.ts')).toEqual([]);
      expect(plant(`await m.query('SELECT 1 FROM need_role WHERE need_id = $1 ORDER BY id FOR UPDATE', [id]);`)).toEqual([]);
      expect(plant(`// a raw UPDATE need SET status in matches used to live here\n/* DELETE FROM match */`)).toEqual([]);
      expect(plant(`this.cache.delete(userId); handlers.set(type, []); await m.findOneBy(NeedEntity, { id });`)).toEqual([]);
    });
  });
});
