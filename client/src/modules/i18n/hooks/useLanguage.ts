import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { persistLanguage, type SupportedLanguage, toSupportedLanguage } from '../i18n';

export function useLanguage(): {
  language: SupportedLanguage;
  changeLanguage: (language: SupportedLanguage) => Promise<void>;
} {
  const { i18n } = useTranslation();
  const language = toSupportedLanguage(i18n.resolvedLanguage ?? i18n.language) ?? 'en';
  const changeLanguage = useCallback(
    async (next: SupportedLanguage) => {
      persistLanguage(next);
      await i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { language, changeLanguage };
}
