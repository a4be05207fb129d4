import { useTranslation } from 'react-i18next';

import { describeError } from '../../api/errors';

export interface ErrorText {
  title: string;
  message: string;
  retryLabel: string;
}

export function useErrorText(error: unknown): ErrorText {
  const { t } = useTranslation();
  const { kind, serverMessage } = describeError(error);
  return {
    title: t(`errors.title.${kind}`),
    message: serverMessage ?? t(`errors.message.${kind}`),
    retryLabel: t('common.retry'),
  };
}
