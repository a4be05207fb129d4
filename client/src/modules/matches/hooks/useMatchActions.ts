import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import {
  AcceptMatchDocument,
  CancelMatchDocument,
  CompleteMatchDocument,
  DeclineMatchDocument,
  type MatchCardFieldsFragment,
  StartMatchDocument,
  WithdrawMatchDocument,
} from '../../../generated/graphql';
import { describeError } from '../../api/errors';
import { useNotifyError } from '../../ui/hooks/useNotifyError';
import type { DeclineReasonValue } from '../components/DeclineDialog';

const REFRESH_AFTER_CONFLICT = ['Matches', 'OfferedMatches', 'CurationBoard', 'Engagements', 'Need', 'MatchPage'];
// The match page shows the timeline, which the mutations' answers do not carry.
const REFRESH_MATCH_PAGE = ['MatchPage'];

type MatchRef = Pick<MatchCardFieldsFragment, 'id' | 'version'>;

/**
 * Every transition sends the version the reader saw; a CONFLICT means someone acted first,
 * so the lists are refetched to show what happened.
 */
export function useMatchActions() {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const client = useApolloClient();
  const [accept, acceptState] = useMutation(AcceptMatchDocument, { refetchQueries: ['Need', ...REFRESH_MATCH_PAGE] });
  const [decline, declineState] = useMutation(DeclineMatchDocument, { refetchQueries: REFRESH_MATCH_PAGE });
  const [start, startState] = useMutation(StartMatchDocument, { refetchQueries: REFRESH_MATCH_PAGE });
  const [complete, completeState] = useMutation(CompleteMatchDocument, { refetchQueries: ['Need', ...REFRESH_MATCH_PAGE] });
  const [withdraw, withdrawState] = useMutation(WithdrawMatchDocument, { refetchQueries: ['Need', ...REFRESH_MATCH_PAGE] });
  const [cancel, cancelState] = useMutation(CancelMatchDocument, { refetchQueries: ['Need', ...REFRESH_MATCH_PAGE] });

  const run = useCallback(
    async (action: () => Promise<unknown>, success: string) => {
      try {
        await action();
        notifications.show({ color: 'green', message: success });
      } catch (error) {
        notifyError(error);
        if (describeError(error).kind === 'CONFLICT') {
          // Show the state the other person left behind.
          await client.refetchQueries({ include: REFRESH_AFTER_CONFLICT });
        }
      }
    },
    [notifyError, client],
  );

  return {
    accept: (match: MatchRef) =>
      run(async () => {
        const { data } = await accept({ variables: { id: match.id, version: match.version } });
        if (data?.acceptMatch.status === 'CONFIRMED') notifications.show({ color: 'teal', message: t('matches.actions.confirmed') });
      }, t('matches.actions.accepted')),
    decline: (match: MatchRef, reason: DeclineReasonValue, note: string) =>
      run(() => decline({ variables: { id: match.id, version: match.version, reason, note: note || null } }), t('matches.actions.declined')),
    start: (match: MatchRef) => run(() => start({ variables: { id: match.id, version: match.version } }), t('engagements.started')),
    complete: (match: MatchRef) => run(() => complete({ variables: { id: match.id, version: match.version } }), t('engagements.completed')),
    withdraw: (match: MatchRef, reason: string) =>
      run(() => withdraw({ variables: { id: match.id, version: match.version, reason: reason || null } }), t('matchPage.end.withdraw.done')),
    cancel: (match: MatchRef, reason: string) => run(() => cancel({ variables: { id: match.id, version: match.version, reason } }), t('matchPage.end.cancel.done')),
    busy: acceptState.loading || declineState.loading || startState.loading || completeState.loading || withdrawState.loading || cancelState.loading,
  };
}
