import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { ApproveMatchSignOffDocument, DeclineMatchSignOffDocument, SetEmployerSignOffDocument } from '../../../generated/graphql';
import { useNotifyError } from '../../ui/hooks/useNotifyError';

// The company page reads everything from one query; refetching it shows the new state, counts included.
const REFETCH = { refetchQueries: ['CompanyEngagements'], awaitRefetchQueries: true };

/** A company admin's sign-off: approve or decline an employee's engagement, and whether sign-off is required at all. */
export function useSignOff() {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [approveMutation, approving] = useMutation(ApproveMatchSignOffDocument, REFETCH);
  const [declineMutation, declining] = useMutation(DeclineMatchSignOffDocument, REFETCH);
  const [setMutation, setting] = useMutation(SetEmployerSignOffDocument, REFETCH);

  const run = async (work: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await work();
      notifications.show({ color: 'green', message: done });
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  };

  return {
    approve: (matchId: string, expectedVersion: number) => run(() => approveMutation({ variables: { matchId, expectedVersion } }), t('company.approved')),
    decline: (matchId: string, reason: string) => run(() => declineMutation({ variables: { matchId, reason: reason.trim() } }), t('company.declined')),
    setRequired: (organizationId: string, required: boolean) =>
      run(() => setMutation({ variables: { organizationId, required } }), t(required ? 'company.signOffOn' : 'company.signOffOff')),
    busy: approving.loading || declining.loading || setting.loading,
  };
}
