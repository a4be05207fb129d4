import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { AnswerFollowUpDocument, type FollowUpAnswer } from '../../../generated/graphql';
import { useNotifyError } from '../../ui/hooks/useNotifyError';

/** The nonprofit answers the three-month question once; the match page is refetched to show the answer. */
export function useAnswerFollowUp() {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [answer, { loading }] = useMutation(AnswerFollowUpDocument, { refetchQueries: ['MatchPage'], awaitRefetchQueries: true });
  return {
    answer: async (matchId: string, value: FollowUpAnswer, comment: string) => {
      try {
        await answer({ variables: { matchId, answer: value, comment: comment.trim() || null } });
        notifications.show({ color: 'green', message: t('matchPage.followUp.thanks') });
      } catch (error) {
        notifyError(error);
      }
    },
    loading,
  };
}
