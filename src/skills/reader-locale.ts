import { Locale, LOCALES } from '../common/domain/locale';
import { RequestContext } from '../common/graphql/request-context';

export const isLocale = (tag: string): tag is Locale => (LOCALES as readonly string[]).includes(tag);

/** The first supported language of an Accept-Language header, by quality; English when none is. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = Number(
        params
          .map((p) => p.trim())
          .find((p) => p.startsWith('q='))
          ?.slice(2) ?? 1,
      );
      return { language: tag.trim().toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked.find((r) => isLocale(r.language))?.language as Locale | undefined) ?? 'en';
}

/**
 * The language to answer in: a signed-in reader's own setting (the same on every device),
 * otherwise what the browser asks for.
 */
export function readerLocale(ctx: RequestContext): Locale {
  if (ctx.actor && isLocale(ctx.actor.locale)) return ctx.actor.locale;
  return localeFromAcceptLanguage(ctx.req?.headers['accept-language']);
}
