import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import { SignUpDocument, type SignUpInput } from '../../../generated/graphql';
import { useAuth } from './useAuth';

export function useSignUp(): { signUp: (input: SignUpInput) => Promise<void>; loading: boolean } {
  const { startSession } = useAuth();
  const [mutate, { loading }] = useMutation(SignUpDocument);
  const signUp = useCallback(
    async (input: SignUpInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) return;
      const { accessToken, refreshToken, user } = data.signUp;
      startSession({ accessToken, refreshToken }, user);
    },
    [mutate, startSession],
  );
  return { signUp, loading };
}
