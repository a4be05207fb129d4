import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { LoadingState } from '../../ui/components/LoadingState';
import { useAuth } from '../hooks/useAuth';
import { useAcceptInvitation, useSignUpWithInvitation } from '../hooks/useInvitation';
import { AuthLayout } from './AuthLayout';
import { invitationProblemKey, InvitationSignUpForm } from './InvitationSignUpForm';

/** Where an invitation link lands: signed in, accept it; not signed in, create the account (or sign in). */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { status, viewer } = useAuth();
  if (status === 'loading') return <LoadingState fullPage />;
  if (status === 'authenticated' && viewer) return <AcceptAsSignedIn token={token} email={viewer.email ?? ''} />;
  return (
    <AuthLayout
      title={t('invitations.accept.genericTitle')}
      subtitle={t('invitations.accept.subtitle')}
      footer={
        <>
          {t('invitations.accept.haveAccount')}{' '}
          <Anchor component={Link} to="/sign-in" state={{ from: { pathname: `/invitations/${token}` } }}>
            {t('invitations.accept.signInInstead')}
          </Anchor>
        </>
      }
    >
      <CreateAccount token={token} />
    </AuthLayout>
  );
}

function CreateAccount({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signUp, loading } = useSignUpWithInvitation();
  return (
    <Stack gap="sm">
      <Text fw={600}>{t('invitations.accept.createAccount')}</Text>
      <InvitationSignUpForm
        submitting={loading}
        onSubmit={async (values) => {
          await signUp({ token, ...values });
          void navigate('/', { replace: true });
        }}
      />
    </Stack>
  );
}

function AcceptAsSignedIn({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation();
  const { accept, loading } = useAcceptInvitation();
  const [error, setError] = useState<unknown>(null);
  const [joined, setJoined] = useState(false);
  const problem = error ? invitationProblemKey(error) : null;
  return (
    <AuthLayout title={t('invitations.accept.genericTitle')} subtitle={t('invitations.accept.signedInAs', { email })} footer={null}>
      <Stack gap="md">
        {problem ? (
          <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
            {t(problem)}
          </Alert>
        ) : (
          <FormErrorAlert error={error} />
        )}
        {joined ? (
          <>
            <Text>{t('invitations.accept.accepted')}</Text>
            <Anchor component={Link} to="/">
              {t('nav.home')}
            </Anchor>
          </>
        ) : (
          <Button
            loading={loading}
            onClick={() => {
              setError(null);
              accept(token).then(
                () => setJoined(true),
                (e: unknown) => setError(e),
              );
            }}
          >
            {t('invitations.accept.acceptSignedIn')}
          </Button>
        )}
      </Stack>
    </AuthLayout>
  );
}
