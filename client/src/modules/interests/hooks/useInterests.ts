import { useMutation, useQuery } from '@apollo/client/react';

import {
  DeclineInterestDocument,
  type InterestFilter,
  InterestsDocument,
  OfferFromInterestDocument,
  RaiseInterestDocument,
  WithdrawInterestDocument,
} from '../../../generated/graphql';
import { useLoadMore } from '../../ui/hooks/useLoadMore';

/** The one list of interests: the viewer's own (`mine`) or a need's queue. */
export function useInterests(filter: InterestFilter) {
  const { data, loading, error, refetch, fetchMore } = useQuery(InterestsDocument, { variables: { filter, first: 20 } });
  const more = useLoadMore(data?.interests, fetchMore);
  return {
    interests: data?.interests.nodes ?? [],
    loading: loading && !data,
    error,
    refetch: () => void refetch(),
    ...more,
  };
}

export function useInterestActions() {
  // A changed interest changes the lists it is in (mine, the need's queue): they are fetched again.
  const refetchQueries = ['Interests'];
  const [raise, raising] = useMutation(RaiseInterestDocument, { refetchQueries });
  const [withdraw, withdrawing] = useMutation(WithdrawInterestDocument, { refetchQueries });
  const [decline, declining] = useMutation(DeclineInterestDocument, { refetchQueries });
  const [offer, offering] = useMutation(OfferFromInterestDocument, { refetchQueries: [...refetchQueries, 'Need'] });
  return {
    raiseInterest: (roleId: string, note: string) => raise({ variables: { input: { roleId, note } } }),
    withdrawInterest: (id: string) => withdraw({ variables: { id } }),
    declineInterest: (id: string, reason?: string) => decline({ variables: { id, reason: reason || null } }),
    offerFromInterest: (interestId: string) => offer({ variables: { interestId } }),
    busy: raising.loading || withdrawing.loading || declining.loading || offering.loading,
  };
}
