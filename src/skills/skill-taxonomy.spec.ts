import { SKILL_CATEGORIES, SKILL_IDS, SKILLS } from './skill-taxonomy.data';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const unique = (values: string[]) => new Set(values).size === values.length;

describe('skills taxonomy', () => {
  it('has 350-450 skills with slug ids in every category', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(350);
    expect(SKILLS.length).toBeLessThanOrEqual(450);
    expect(SKILL_IDS.size).toBe(SKILLS.length);
    for (const skill of SKILLS) {
      expect(skill.id).toMatch(SLUG);
      expect(skill.id.length).toBeLessThanOrEqual(80);
      expect(skill.synonyms.length).toBeGreaterThan(0);
    }
    for (const category of SKILL_CATEGORIES) expect(SKILLS.filter((s) => s.category === category).length).toBeGreaterThanOrEqual(10);
  });

  it('names every skill in English, German and Japanese, each unique in its language and fit for the column', () => {
    for (const language of ['name', 'nameDe', 'nameJa'] as const) {
      const names = SKILLS.map((s) => s[language].trim());
      expect(names.every((n) => n.length >= 2 && n.length <= 120)).toBe(true);
      expect(unique(names.map((n) => n.toLowerCase()))).toBe(true);
    }
    expect(SKILLS.filter((s) => !JAPANESE.test(s.nameJa) && !/^[A-Za-z0-9 .&/-]+$/.test(s.nameJa)).map((s) => s.id)).toEqual([]);
    // Most Japanese names must be written in Japanese, not left in English (product names like SQL may stay).
    expect(SKILLS.filter((s) => JAPANESE.test(s.nameJa)).length).toBeGreaterThan(SKILLS.length * 0.95);
  });

  it('covers what nonprofits ask for and what German and Japanese speakers type', () => {
    expect([...SKILL_IDS]).toEqual(expect.arrayContaining(['database-design', 'healthcare-management', 'compliance', 'grant-writing']));
    const compliance = SKILLS.find((s) => s.id === 'compliance');
    expect(compliance?.synonyms).toContain('legal compliance');
    const words = SKILLS.flatMap((s) => [s.nameDe, s.nameJa, ...s.synonyms]);
    expect(words).toEqual(expect.arrayContaining(['Buchhaltung', '会計', 'Datenschutz', '通訳', 'Datenbankdesign', 'データベース設計']));
  });
});
