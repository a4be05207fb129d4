import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import type { SignInInput } from '../../../generated/graphql';
import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { useServerFormErrors } from '../../ui/hooks/useServerFormErrors';
import { isValidEmail } from '../validation';

export interface SignInFormProps {
  onSubmit: (values: SignInInput) => Promise<void>;
  submitting?: boolean;
}

export function SignInForm({ onSubmit, submitting = false }: SignInFormProps) {
  const { t } = useTranslation();
  const form = useForm<SignInInput>({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (isValidEmail(value) ? null : t('auth.validation.emailInvalid')),
      // An existing password is whatever it was when set: only the API can say whether it is right.
      password: (value) => (value.length > 0 ? null : t('auth.validation.passwordRequired')),
    },
  });
  const { formError, handleError, clear } = useServerFormErrors(form);

  const submit = form.onSubmit(async (values) => {
    clear();
    try {
      await onSubmit({ email: values.email.trim(), password: values.password });
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={formError} />
        <TextInput
          label={t('auth.email')}
          placeholder={t('auth.emailPlaceholder')}
          type="email"
          autoComplete="email"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput label={t('auth.password')} autoComplete="current-password" required key={form.key('password')} {...form.getInputProps('password')} />
        <Button type="submit" loading={submitting} fullWidth>
          {t('auth.signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
