import { useQuery } from '@apollo/client/react';

import { MatchesDocument, type MatchFilter, type MatchStatus, OfferedMatchesDocument, type RoleKind } from '../../../generated/graphql';
import { useLoadMore } from '../../ui/hooks/useLoadMore';

export function useMatches(filter: MatchFilter, { skip = false, first = 20 }: { skip?: boolean; first?: number } = {}) {
  const { data, loading, error, refetch, fetchMore } = useQuery(MatchesDocument, { variables: { filter, first }, skip });
  const more = useLoadMore(data?.matches, fetchMore);
  return { matches: data?.matches.nodes ?? [], totalCount: data?.matches.totalCount ?? 0, loading: loading && !data, error, refetch: () => void refetch(), ...more };
}

/** Matches offered to the viewer, as a volunteer or mentor or through their funder; one status, or all. */
export function useOfferedMatches(status: MatchStatus | null, candidateKind: RoleKind | null = null) {
  const filter: MatchFilter = { sides: ['CANDIDATE'], statuses: status ? [status] : null, candidateKind };
  const { data, loading, error, refetch, fetchMore } = useQuery(OfferedMatchesDocument, { variables: { filter, first: 20 } });
  const more = useLoadMore(data?.matches, fetchMore);
  return { proposals: data?.matches.nodes ?? [], loading: loading && !data, error, refetch: () => void refetch(), ...more };
}
