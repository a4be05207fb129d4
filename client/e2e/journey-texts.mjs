// The client's own translations, so the journey looks for exactly what a reader of each language sees.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { CLIENT_DIR } from './harness.mjs';

const LOCALES_DIR = path.join(CLIENT_DIR, 'src', 'modules', 'i18n', 'locales');
// Each language folder holds one JSON file per namespace; the file name is the namespace.
function readLanguage(lang) {
  const dir = path.join(LOCALES_DIR, lang);
  const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  return Object.fromEntries(files.map((file) => [path.basename(file, '.json'), JSON.parse(readFileSync(path.join(dir, file), 'utf8'))]));
}

const resources = Object.fromEntries(['en', 'de', 'ja'].map((lang) => [lang, readLanguage(lang)]));

function lookup(lang, key) {
  const value = key.split('.').reduce((node, part) => (node && typeof node === 'object' ? node[part] : undefined), resources[lang]);
  if (typeof value !== 'string') throw new Error(`No ${lang} text for ${key}`);
  return value;
}

/** i18next-style lookup: `{{name}}` placeholders, plurals by the language's rules (Japanese has only `_other`). */
export function translator(lang) {
  const rules = new Intl.PluralRules(lang);
  return (key, vars = {}) => {
    const plural = vars.count === undefined ? key : `${key}_${rules.select(vars.count)}`;
    return lookup(lang, plural).replace(/\{\{(\w+)\}\}/g, (_, name) => String(vars[name] ?? ''));
  };
}

/** The same text in every language the client ships, for controls found before the language is known. */
export function inAnyLanguage(key) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^(${Object.keys(resources)
      .map((lang) => escape(lookup(lang, key)))
      .join('|')})$`,
  );
}

export function displayNames(lang) {
  const regions = new Intl.DisplayNames([lang], { type: 'region' });
  const languages = new Intl.DisplayNames([lang], { type: 'language' });
  return { country: (code) => regions.of(code), language: (code) => languages.of(code) };
}
