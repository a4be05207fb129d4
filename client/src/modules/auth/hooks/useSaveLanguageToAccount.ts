import { useMutation } from '@apollo/client/react';
import { useEffect } from 'react';

import { UpdateMyLocaleDocument } from '../../../generated/graphql';
import { useLanguage } from '../../i18n/hooks/useLanguage';
import { useAuth } from './useAuth';

/** A language picked while signed in becomes the account's language, so emails and other devices follow. */
export function useSaveLanguageToAccount(): void {
  const { viewer } = useAuth();
  const { language } = useLanguage();
  const [updateLocale] = useMutation(UpdateMyLocaleDocument);
  const accountLocale = viewer?.locale;
  useEffect(() => {
    if (accountLocale && accountLocale !== language) {
      void updateLocale({ variables: { locale: language } }).catch(() => undefined);
    }
  }, [accountLocale, language, updateLocale]);
}
