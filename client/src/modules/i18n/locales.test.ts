import { describe, expect, it } from 'vitest';

import { NotificationKind } from '../../generated/graphql';
import { resources } from './i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(leaves);
}

// Plural forms differ by language (Japanese has only "other"), so compare keys without plural suffixes.
const withoutPlural = (list: string[]) => new Set(list.map((key) => key.replace(/_(one|other)$/, '')));

describe('translations', () => {
  const english = withoutPlural(keys(resources.en.translation));

  it.each(['de', 'ja'] as const)('%s has every English key and no extra ones', (language) => {
    expect(withoutPlural(keys(resources[language].translation))).toEqual(english);
  });

  it.each(['en', 'de', 'ja'] as const)('%s has no empty strings', (language) => {
    expect(leaves(resources[language].translation).filter((text) => text.trim() === '')).toEqual([]);
  });

  it('German and Japanese are real translations, not English copies', () => {
    const en = leaves(resources.en.translation);
    const same = (other: string[]) => other.filter((text, i) => text === en[i] && /[a-z]{4,}/i.test(text));
    expect(same(leaves(resources.de.translation)).length).toBeLessThan(en.length * 0.05);
    expect(same(leaves(resources.ja.translation)).length).toBeLessThan(en.length * 0.05);
  });

  it.each(['en', 'de', 'ja'] as const)('%s names every notification kind the API sends', (language) => {
    const named = Object.keys(resources[language].translation.domain.notificationKind);
    expect(Object.values(NotificationKind).filter((kind) => !named.includes(kind))).toEqual([]);
  });
});
