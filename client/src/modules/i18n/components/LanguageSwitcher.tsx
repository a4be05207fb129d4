import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../hooks/useLanguage';
import { LANGUAGE_NAMES, rememberLanguageChosenSignedOut, SUPPORTED_LANGUAGES, toSupportedLanguage } from '../i18n';

const OPTIONS = SUPPORTED_LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));

export interface LanguageSwitcherProps extends Omit<NativeSelectProps, 'data' | 'value' | 'onChange'> {
  /** On signed-out pages: the pick outlives the sign-in instead of giving way to the account's language. */
  signedOut?: boolean;
}

export function LanguageSwitcher({ signedOut = false, label, ...props }: LanguageSwitcherProps) {
  const { t } = useTranslation();
  const { language, changeLanguage } = useLanguage();
  return (
    <NativeSelect
      // A label, not aria-label: the visible text is the language's name, which the control's name must include.
      label={label ?? t('language.label')}
      classNames={label ? undefined : { label: 'sr-only' }}
      leftSection={<IconLanguage size={16} aria-hidden />}
      data={OPTIONS}
      value={language}
      onChange={(event) => {
        const next = toSupportedLanguage(event.currentTarget.value);
        if (!next) return;
        if (signedOut) rememberLanguageChosenSignedOut(next);
        void changeLanguage(next);
      }}
      {...props}
    />
  );
}
