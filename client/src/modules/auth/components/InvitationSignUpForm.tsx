import { Alert, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { describeError } from '../../api/errors';
import { useLanguage } from '../../i18n/hooks/useLanguage';
import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { useServerFormErrors } from '../../ui/hooks/useServerFormErrors';
import { NameField, type NewAccountValues, PasswordAndLocaleFields, useNewAccountRules } from './NewAccountFields';

export type InvitationSignUpValues = NewAccountValues;

export interface InvitationSignUpFormProps {
  onSubmit: (values: InvitationSignUpValues) => Promise<void>;
  submitting?: boolean;
}

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
  const rules = useNewAccountRules();
  const form = useForm<InvitationSignUpValues>({
    mode: 'uncontrolled',
    initialValues: { name: '', password: '', locale: language },
    validate: rules,
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
        <NameField form={form} />
        <PasswordAndLocaleFields form={form} />
        <Button type="submit" loading={submitting} fullWidth>
          {t('invitations.accept.submit')}
        </Button>
      </Stack>
    </form>
  );
}
