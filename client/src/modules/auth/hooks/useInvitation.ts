import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import { AcceptInvitationDocument, SignUpWithInvitationDocument, type SignUpWithInvitationInput } from '../../../generated/graphql';
import { useAuth } from './useAuth';

/** Creates the account of an invitation's email, joins and signs in. */
export function useSignUpWithInvitation(): { signUp: (input: SignUpWithInvitationInput) => Promise<void>; loading: boolean } {
  const { startSession } = useAuth();
  const [mutate, { loading }] = useMutation(SignUpWithInvitationDocument);
  const signUp = useCallback(
    async (input: SignUpWithInvitationInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) return;
      const { accessToken, refreshToken, user } = data.signUpWithInvitation;
      startSession({ accessToken, refreshToken }, user);
    },
    [mutate, startSession],
  );
  return { signUp, loading };
}

/** The signed-in person accepts an invitation sent to their email. */
export function useAcceptInvitation(): { accept: (token: string) => Promise<string | null>; loading: boolean } {
  const { reload } = useAuth();
  const [mutate, { loading }] = useMutation(AcceptInvitationDocument);
  const accept = useCallback(
    async (token: string) => {
      const { data } = await mutate({ variables: { token } });
      reload();
      return data?.acceptInvitation.organization.name ?? null;
    },
    [mutate, reload],
  );
  return { accept, loading };
}
