import { useCallback } from 'react';

import { useLanguage } from '../../i18n/hooks/useLanguage';

export interface NamedSkill {
  name: string;
  names?: { en: string; de?: string | null; ja?: string | null } | null;
}

/**
 * A skill's name in the interface language. Picked on the client from all its names, so that
 * switching the language relabels cached skills at once; untranslated skills read in English.
 */
export function useSkillName(): (skill: NamedSkill) => string {
  const { language } = useLanguage();
  return useCallback((skill) => skill.names?.[language] ?? skill.names?.en ?? skill.name, [language]);
}
