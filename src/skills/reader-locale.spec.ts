import { localeFromAcceptLanguage } from './reader-locale';

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['de-DE,de;q=0.9,en;q=0.8', 'de'],
    ['ja', 'ja'],
    ['fr-FR,fr;q=0.9,ja;q=0.5,de;q=0.4', 'ja'],
    ['en;q=0.2, de;q=0.7', 'de'],
    ['de;q=0, ja;q=0.1', 'ja'],
    ['*', 'en'],
    ['de;q=abc, ja', 'ja'],
    ['x'.repeat(10_000), 'en'],
  ])('reads %p as %p', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});
