import 'dayjs/locale/de';
import 'dayjs/locale/ja';

import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import de from './locales/de';
import en from './locales/en';
import ja from './locales/ja';

// Date inputs use localized formats such as "ll"; without this plugin dayjs prints the token itself.
dayjs.extend(localizedFormat);

export const SUPPORTED_LANGUAGES = ['en', 'de', 'ja'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<SupportedLanguage, string> = {
  en: 'English',
  de: 'Deutsch',
  ja: '日本語',
};

const STORAGE_KEY = 'rally.language';
/** The language a person picked on a signed-out page (sign-in, sign-up), for this tab's next sign-in. */
const CHOSEN_SIGNED_OUT_KEY = 'rally.language.chosenSignedOut';

export const resources = {
  en: { translation: en },
  de: { translation: de },
  ja: { translation: ja },
} as const;

export function toSupportedLanguage(value: string | null | undefined): SupportedLanguage | null {
  if (!value) return null;
  const base = value.toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(base) ? (base as SupportedLanguage) : null;
}

function readStoredLanguage(): SupportedLanguage | null {
  try {
    return toSupportedLanguage(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

function initialLanguage(): SupportedLanguage {
  return readStoredLanguage() ?? toSupportedLanguage(typeof navigator === 'undefined' ? null : navigator.language) ?? 'en';
}

function applyLanguageSideEffects(language: string): void {
  dayjs.locale(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export function createI18n(language: SupportedLanguage = initialLanguage()): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', applyLanguageSideEffects);
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: SUPPORTED_LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

export function persistLanguage(language: SupportedLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing can refuse storage; the choice then lasts for this page only.
  }
}

/** Remembers that the person picked this language before signing in, so the account's does not replace it. */
export function rememberLanguageChosenSignedOut(language: SupportedLanguage): void {
  try {
    sessionStorage.setItem(CHOSEN_SIGNED_OUT_KEY, language);
  } catch {
    // Without storage the account's language applies after sign-in, as before.
  }
}

/** The language picked before signing in, if any; reading it forgets it, so it counts for one sign-in. */
export function takeLanguageChosenSignedOut(): SupportedLanguage | null {
  try {
    const chosen = toSupportedLanguage(sessionStorage.getItem(CHOSEN_SIGNED_OUT_KEY));
    sessionStorage.removeItem(CHOSEN_SIGNED_OUT_KEY);
    return chosen;
  } catch {
    return null;
  }
}
