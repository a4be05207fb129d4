import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';

import { needValidators } from './needForm';

const t = ((key: string) => key) as unknown as TFunction;

describe('needValidators', () => {
  it('names a required select left empty (null) instead of failing on it', () => {
    const rules = needValidators(t);
    expect(rules.language(null)).toBe('needs.form.validation.languageRequired');
    expect(rules.country('  ')).toBe('needs.form.validation.countryRequired');
    expect(rules.language('ja')).toBeNull();
  });

  it('wants skills for a volunteer role, not for a mentor role', () => {
    const rules = needValidators(t);
    const values = (kind: string) => ({ roles: [{ kind }] }) as unknown as Parameters<typeof rules.roles.skills>[1];
    expect(rules.roles.skills([], values('VOLUNTEER'), 'roles.0.skills')).toBe('needs.form.validation.skillsRequired');
    expect(rules.roles.skills([], values('MENTOR'), 'roles.0.skills')).toBeNull();
    expect(rules.roles.skills([], values('FUNDING'), 'roles.0.skills')).toBeNull();
  });
});
