import { Button, NativeSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../i18n/hooks/useLanguage';
import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../../i18n/i18n';
import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { useServerFormErrors } from '../../ui/hooks/useServerFormErrors';
import { isValidEmail, isValidNewPassword } from '../validation';

export interface SignUpValues {
  name: string;
  email: string;
  password: string;
  locale: string;
}

export interface SignUpFormProps {
  onSubmit: (values: SignUpValues) => Promise<void>;
  submitting?: boolean;
}

const LOCALE_OPTIONS = SUPPORTED_LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));

export function SignUpForm({ onSubmit, submitting = false }: SignUpFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const form = useForm<SignUpValues>({
    mode: 'uncontrolled',
    initialValues: { name: '', email: '', password: '', locale: language },
    validate: {
      name: (value) => (value.trim().length > 0 ? null : t('auth.validation.nameRequired')),
      email: (value) => (isValidEmail(value) ? null : t('auth.validation.emailInvalid')),
      password: (value) => (isValidNewPassword(value) ? null : t('auth.validation.passwordTooShort')),
    },
  });
  const { formError, handleError, clear } = useServerFormErrors(form);

  const submit = form.onSubmit(async (values) => {
    clear();
    try {
      await onSubmit({ ...values, name: values.name.trim(), email: values.email.trim() });
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={formError} />
        <TextInput label={t('auth.name')} autoComplete="name" required key={form.key('name')} {...form.getInputProps('name')} />
        <TextInput
          label={t('auth.email')}
          placeholder={t('auth.emailPlaceholder')}
          type="email"
          autoComplete="email"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('auth.password')}
          description={t('auth.passwordHint')}
          autoComplete="new-password"
          required
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <NativeSelect label={t('auth.locale')} data={LOCALE_OPTIONS} key={form.key('locale')} {...form.getInputProps('locale')} />
        <Button type="submit" loading={submitting} fullWidth>
          {t('auth.signUp.submit')}
        </Button>
      </Stack>
    </form>
  );
}
