import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../i18n/hooks/useLanguage';
import { COUNTRY_CODES, FOCUS_AREAS, LANGUAGE_CODES } from '../codes';
import { useDisplayNames } from './useDisplayNames';

export interface SelectOption {
  value: string;
  label: string;
}

function sorted(options: SelectOption[], locale: string): SelectOption[] {
  const collator = new Intl.Collator(locale);
  return [...options].sort((a, b) => collator.compare(a.label, b.label));
}

export function useCountryOptions(): SelectOption[] {
  const { language } = useLanguage();
  const names = useDisplayNames();
  return useMemo(
    () =>
      sorted(
        COUNTRY_CODES.map((code) => ({ value: code, label: names.country(code) })),
        language,
      ),
    [names, language],
  );
}

export function useLanguageOptions(): SelectOption[] {
  const { language } = useLanguage();
  const names = useDisplayNames();
  return useMemo(
    () =>
      sorted(
        LANGUAGE_CODES.map((code) => ({ value: code, label: names.language(code) })),
        language,
      ),
    [names, language],
  );
}

export function useFocusAreaOptions(): SelectOption[] {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return useMemo(
    () =>
      sorted(
        FOCUS_AREAS.map((code) => ({ value: code, label: t(`domain.focusArea.${code}`) })),
        language,
      ),
    [t, language],
  );
}

export function useTimeZoneOptions(): SelectOption[] {
  return useMemo(() => Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })), []);
}
