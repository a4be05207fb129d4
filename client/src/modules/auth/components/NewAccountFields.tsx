import { NativeSelect, PasswordInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../../i18n/i18n';
import { isValidNewPassword } from '../validation';

export interface NewAccountValues {
  name: string;
  password: string;
  locale: string;
}

const LOCALE_OPTIONS = SUPPORTED_LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));

/** The rules both ways of opening an account share: a name and a password the API will take. */
export function useNewAccountRules() {
  const { t } = useTranslation();
  return {
    name: (value: string) => (value.trim().length > 0 ? null : t('auth.validation.nameRequired')),
    password: (value: string) => (isValidNewPassword(value) ? null : t('auth.validation.passwordTooShort')),
  };
}

export function NameField<T extends NewAccountValues>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  return <TextInput label={t('auth.name')} autoComplete="name" required key={form.key('name')} {...form.getInputProps('name')} />;
}

/** Password and language come last in both forms, after whatever identifies the person. */
export function PasswordAndLocaleFields<T extends NewAccountValues>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordInput
        label={t('auth.password')}
        description={t('auth.passwordHint')}
        autoComplete="new-password"
        required
        key={form.key('password')}
        {...form.getInputProps('password')}
      />
      <NativeSelect label={t('auth.locale')} data={LOCALE_OPTIONS} key={form.key('locale')} {...form.getInputProps('locale')} />
    </>
  );
}
