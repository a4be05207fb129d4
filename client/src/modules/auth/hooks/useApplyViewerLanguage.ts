import { useCallback } from 'react';

import { useLanguage } from '../../i18n/hooks/useLanguage';
import { toSupportedLanguage } from '../../i18n/i18n';

/** A signed-in person sees Rally in the language saved on their account. */
export function useApplyViewerLanguage(): (locale: string | null | undefined) => Promise<void> {
  const { language, changeLanguage } = useLanguage();
  return useCallback(
    async (locale) => {
      const preferred = toSupportedLanguage(locale);
      if (preferred && preferred !== language) await changeLanguage(preferred);
    },
    [language, changeLanguage],
  );
}
