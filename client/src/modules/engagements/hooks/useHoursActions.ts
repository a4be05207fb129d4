import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { ConfirmHoursDocument, DeleteHoursDocument, DisputeHoursDocument, LogHoursDocument, UpdateHoursDocument } from '../../../generated/graphql';
import { useNotifyError } from '../../ui/hooks/useNotifyError';

// A log changes the engagement's totals and, once confirmed, the impact figures.
const REFRESH = ['Engagements', 'Impact', 'MatchPage'];

export function useHoursActions() {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [log, logState] = useMutation(LogHoursDocument, { refetchQueries: REFRESH, awaitRefetchQueries: true });
  const [confirm, confirmState] = useMutation(ConfirmHoursDocument, { refetchQueries: REFRESH, awaitRefetchQueries: true });
  const [dispute, disputeState] = useMutation(DisputeHoursDocument, { refetchQueries: REFRESH, awaitRefetchQueries: true });
  const [update, updateState] = useMutation(UpdateHoursDocument, { refetchQueries: REFRESH, awaitRefetchQueries: true });
  const [remove, removeState] = useMutation(DeleteHoursDocument, { refetchQueries: REFRESH, awaitRefetchQueries: true });

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
    /** Throws, so the form can show field errors. */
    update: async (id: string, input: { workedOn: string; hours: number; note: string }) => {
      await update({ variables: { id, input } });
      notifications.show({ color: 'green', message: t('hours.updated') });
    },
    remove: (id: string) => review(() => remove({ variables: { id } }), t('hours.deleted')),
    confirm: (id: string) => review(() => confirm({ variables: { id } }), t('hours.confirmed')),
    dispute: (id: string, reason: string) => review(() => dispute({ variables: { id, reason } }), t('hours.disputed')),
    logging: logState.loading || updateState.loading || removeState.loading,
    reviewing: confirmState.loading || disputeState.loading,
  };
}
