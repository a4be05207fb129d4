import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { ConfirmHoursDocument, DisputeHoursDocument, LogHoursDocument } from '../../../generated/graphql';
import { useNotifyError } from '../../ui/hooks/useNotifyError';

// A log changes the engagement's totals and, once confirmed, the impact figures.
const REFRESH = ['Engagements', 'Impact', 'MatchPage'];

export function useHoursActions() {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [log, logState] = useMutation(LogHoursDocument, { refetchQueries: REFRESH, awaitRefetchQueries: true });
  const [confirm, confirmState] = useMutation(ConfirmHoursDocument, { refetchQueries: REFRESH, awaitRefetchQueries: true });
  const [dispute, disputeState] = useMutation(DisputeHoursDocument, { refetchQueries: REFRESH, awaitRefetchQueries: true });

  const review = async (action: () => Promise<unknown>, success: string): Promise<boolean> => {
    try {
      await action();
      notifications.show({ color: 'green', message: success });
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  };

  return {
    /** Throws, so the form can show field errors. */
    log: async (matchId: string, input: { workedOn: string; hours: number; note: string }) => {
      await log({ variables: { matchId, input } });
      notifications.show({ color: 'green', message: t('hours.logged') });
    },
    confirm: (id: string) => review(() => confirm({ variables: { id } }), t('hours.confirmed')),
    dispute: (id: string, reason: string) => review(() => dispute({ variables: { id, reason } }), t('hours.disputed')),
    logging: logState.loading,
    reviewing: confirmState.loading || disputeState.loading,
  };
}
