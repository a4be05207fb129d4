import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../i18n/hooks/useLanguage';
import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { useServerFormErrors } from '../../ui/hooks/useServerFormErrors';
import { isValidEmail } from '../validation';
import { NameField, type NewAccountValues, PasswordAndLocaleFields, useNewAccountRules } from './NewAccountFields';

export interface SignUpValues extends NewAccountValues {
  email: string;
}

export interface SignUpFormProps {
  onSubmit: (values: SignUpValues) => Promise<void>;
  submitting?: boolean;
}

export function SignUpForm({ onSubmit, submitting = false }: SignUpFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const rules = useNewAccountRules();
  const form = useForm<SignUpValues>({
    mode: 'uncontrolled',
    initialValues: { name: '', email: '', password: '', locale: language },
    validate: {
      ...rules,
      email: (value) => (isValidEmail(value) ? null : t('auth.validation.emailInvalid')),
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
        <NameField form={form} />
        <TextInput
          label={t('auth.email')}
          placeholder={t('auth.emailPlaceholder')}
          type="email"
          autoComplete="email"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordAndLocaleFields form={form} />
        <Button type="submit" loading={submitting} fullWidth>
          {t('auth.signUp.submit')}
        </Button>
      </Stack>
    </form>
  );
}
