import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import type en from '../../i18n/locales/en';

export type DomainGroup = keyof (typeof en)['domain'];

type LooseTranslate = (key: string, options: { defaultValue: string }) => string;

/** Labels for API enum values; an value the client does not know yet shows as itself. */
export function useDomainLabel(): (group: DomainGroup, value: string | number) => string {
  const { t } = useTranslation();
  return useCallback((group, value) => (t as unknown as LooseTranslate)(`domain.${group}.${value}`, { defaultValue: String(value) }), [t]);
}
