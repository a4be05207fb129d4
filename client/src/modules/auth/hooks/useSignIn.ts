import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import { SignInDocument, type SignInInput } from '../../../generated/graphql';
import { takeLanguageChosenSignedOut } from '../../i18n/i18n';
import { useApplyViewerLanguage } from './useApplyViewerLanguage';
import { useAuth } from './useAuth';

export function useSignIn(): { signIn: (input: SignInInput) => Promise<void>; loading: boolean } {
  const { startSession } = useAuth();
  const applyViewerLanguage = useApplyViewerLanguage();
  const [mutate, { loading }] = useMutation(SignInDocument);
  const signIn = useCallback(
    async (input: SignInInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) return;
      const { accessToken, refreshToken, user } = data.signIn;
      startSession({ accessToken, refreshToken }, user);
      // A language picked on the sign-in page wins; the app shell then saves it to the account.
      if (!takeLanguageChosenSignedOut()) await applyViewerLanguage(user.locale);
    },
    [mutate, startSession, applyViewerLanguage],
  );
  return { signIn, loading };
}
