import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { ApproveProposalsDocument, RejectProposalsDocument } from '../../../generated/graphql';
import { useNotifyError } from '../../ui/hooks/useNotifyError';

interface DecisionResult {
  ok: boolean;
  error: { message: string } | null;
}

/** Bulk approve or reject; each proposal succeeds or fails on its own, and the reader hears both counts. */
export function useProposalDecisions() {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const options = { refetchQueries: ['CurationBoard', 'MatchPage'] };
  const [approve, approveState] = useMutation(ApproveProposalsDocument, options);
  const [reject, rejectState] = useMutation(RejectProposalsDocument, options);

  const report = useCallback(
    (results: DecisionResult[], done: 'approved' | 'rejected') => {
      const ok = results.filter((r) => r.ok).length;
      const failed = results.filter((r) => !r.ok);
      if (ok > 0) notifications.show({ color: 'green', message: t(`curation.board.${done}`, { count: ok }) });
      if (failed.length > 0) {
        notifications.show({
          color: 'orange',
          title: t('curation.board.failed', { count: failed.length }),
          message: [...new Set(failed.map((r) => r.error?.message).filter(Boolean))].join(' '),
        });
      }
    },
    [t],
  );

  const decide = useCallback(
    async (kind: 'approve' | 'reject', matchIds: string[], reason?: string) => {
      try {
        const input = { matchIds, reason: reason || null };
        if (kind === 'approve') report((await approve({ variables: { input } })).data?.approveProposals ?? [], 'approved');
        else report((await reject({ variables: { input } })).data?.rejectProposals ?? [], 'rejected');
      } catch (error) {
        notifyError(error);
      }
    },
    [approve, reject, report, notifyError],
  );

  return { decide, busy: approveState.loading || rejectState.loading };
}
