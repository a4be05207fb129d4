export interface SkillOption {
  id: string;
  name: string;
  names?: { en: string; de?: string | null; ja?: string | null } | null;
  category: string;
  synonyms: string[];
}

export interface SkillLevelValue {
  skillId: string;
  level: number;
  /** How much the skill matters to a role (1-5); only need roles use it. */
  weight?: number;
}
