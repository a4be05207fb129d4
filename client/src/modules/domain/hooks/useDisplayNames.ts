import { useMemo } from 'react';

import { useLanguage } from '../../i18n/hooks/useLanguage';

export interface DisplayNames {
  country: (code: string) => string;
  language: (code: string) => string;
}

export function createDisplayNames(locale: string): DisplayNames {
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const safe = (names: Intl.DisplayNames) => (code: string) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
  return { country: safe(regions), language: safe(languages) };
}

export function useDisplayNames(): DisplayNames {
  const { language } = useLanguage();
  return useMemo(() => createDisplayNames(language), [language]);
}
