import { Alert, Button, NativeSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { describeError } from '../../api/errors';
import { useLanguage } from '../../i18n/hooks/useLanguage';
import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../../i18n/i18n';
import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { useServerFormErrors } from '../../ui/hooks/useServerFormErrors';
import { isValidNewPassword } from '../validation';

export interface InvitationSignUpValues {
  name: string;
  password: string;
  locale: string;
}

export interface InvitationSignUpFormProps {
  onSubmit: (values: InvitationSignUpValues) => Promise<void>;
  submitting?: boolean;
}

const LOCALE_OPTIONS = SUPPORTED_LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));
const PROBLEMS = {
  ACCOUNT_EXISTS: 'invitations.accept.reasons.ACCOUNT_EXISTS',
  INVITATION_USED: 'invitations.accept.reasons.INVITATION_USED',
  INVITATION_EXPIRED: 'invitations.accept.reasons.INVITATION_EXPIRED',
  NOT_FOUND: 'invitations.accept.reasons.NOT_FOUND',
} as const;

type ProblemKey = (typeof PROBLEMS)[keyof typeof PROBLEMS];

/** Why an invitation cannot be used, as a text key in the reader's language; null for other errors. */
export function invitationProblemKey(error: unknown): ProblemKey | null {
  const { kind, reason } = describeError(error);
  if (reason && reason in PROBLEMS) return PROBLEMS[reason as keyof typeof PROBLEMS];
  return kind === 'NOT_FOUND' ? PROBLEMS.NOT_FOUND : null;
}

/** "Create your account" for someone invited without one: the email is the invitation's. */
export function InvitationSignUpForm({ onSubmit, submitting = false }: InvitationSignUpFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const form = useForm<InvitationSignUpValues>({
    mode: 'uncontrolled',
    initialValues: { name: '', password: '', locale: language },
    validate: {
      name: (value) => (value.trim().length > 0 ? null : t('auth.validation.nameRequired')),
      password: (value) => (isValidNewPassword(value) ? null : t('auth.validation.passwordTooShort')),
    },
  });
  const { formError, handleError, clear } = useServerFormErrors(form);
  const problem = formError ? invitationProblemKey(formError) : null;

  const submit = form.onSubmit(async (values) => {
    clear();
    try {
      await onSubmit({ ...values, name: values.name.trim() });
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problem ? (
          <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
            {t(problem)}
          </Alert>
        ) : (
          <FormErrorAlert error={formError} />
        )}
        <TextInput label={t('auth.name')} autoComplete="name" required key={form.key('name')} {...form.getInputProps('name')} />
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
          {t('invitations.accept.submit')}
        </Button>
      </Stack>
    </form>
  );
}
