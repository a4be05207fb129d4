import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useSignUp } from '../hooks/useSignUp';
import { AuthLayout } from './AuthLayout';
import { SignUpForm } from './SignUpForm';

export function SignUpPage() {
  const { t } = useTranslation();
  const { signUp, loading } = useSignUp();
  return (
    <AuthLayout
      title={t('auth.signUp.title')}
      subtitle={t('auth.signUp.subtitle')}
      footer={
        <>
          {t('auth.signUp.haveAccount')}{' '}
          <Anchor component={Link} to="/sign-in">
            {t('auth.signUp.signInInstead')}
          </Anchor>
        </>
      }
    >
      <SignUpForm submitting={loading} onSubmit={signUp} />
    </AuthLayout>
  );
}
