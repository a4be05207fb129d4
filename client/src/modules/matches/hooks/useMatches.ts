import { useQuery } from '@apollo/client/react';

import { MatchesDocument, type MatchFilter, type MatchStatus, MyProposalsDocument } from '../../../generated/graphql';
import { useLoadMore } from '../../ui/hooks/useLoadMore';

export function useMatches(filter: MatchFilter, { skip = false, first = 20 }: { skip?: boolean; first?: number } = {}) {
  const { data, loading, error, refetch, fetchMore } = useQuery(MatchesDocument, { variables: { filter, first }, skip });
  const more = useLoadMore(data?.matches, fetchMore);
  return { matches: data?.matches.nodes ?? [], totalCount: data?.matches.totalCount ?? 0, loading: loading && !data, error, refetch: () => void refetch(), ...more };
}

export function useMyProposals(status: MatchStatus | null) {
  const { data, loading, error, refetch, fetchMore } = useQuery(MyProposalsDocument, { variables: { filter: status ? { status } : null, first: 20 } });
  const more = useLoadMore(data?.myProposals, fetchMore);
  return { proposals: data?.myProposals.nodes ?? [], loading: loading && !data, error, refetch: () => void refetch(), ...more };
}
