import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useSignIn } from '../hooks/useSignIn';
import { AuthLayout } from './AuthLayout';
import { SignInForm } from './SignInForm';

export function SignInPage() {
  const { t } = useTranslation();
  const { signIn, loading } = useSignIn();
  return (
    <AuthLayout
      title={t('auth.signIn.title')}
      subtitle={t('auth.signIn.subtitle')}
      footer={
        <>
          {t('auth.signIn.noAccount')}{' '}
          <Anchor component={Link} to="/sign-up">
            {t('auth.signIn.createAccount')}
          </Anchor>
        </>
      }
    >
      <SignInForm submitting={loading} onSubmit={signIn} />
    </AuthLayout>
  );
}
