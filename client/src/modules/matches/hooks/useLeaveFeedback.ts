import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { LeaveFeedbackDocument } from '../../../generated/graphql';
import { useNotifyError } from '../../ui/hooks/useNotifyError';

/** Rates the other side of a completed engagement; the match page is refetched to show it. */
export function useLeaveFeedback() {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [leave, { loading }] = useMutation(LeaveFeedbackDocument, { refetchQueries: ['MatchPage'], awaitRefetchQueries: true });
  return {
    leave: async (matchId: string, rating: number, comment: string) => {
      try {
        await leave({ variables: { matchId, input: { rating, comment } } });
        notifications.show({ color: 'green', message: t('matchPage.feedback.thanks') });
      } catch (error) {
        notifyError(error);
      }
    },
    loading,
  };
}
