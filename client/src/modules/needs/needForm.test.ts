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
});
