import { useQuery } from '@apollo/client/react';

import { EngagementsDocument, type MatchFilter } from '../../../generated/graphql';
import { useLoadMore } from '../../ui/hooks/useLoadMore';

export function useEngagements(filter: MatchFilter) {
  const { data, loading, error, refetch, fetchMore } = useQuery(EngagementsDocument, { variables: { filter, first: 20 } });
  const more = useLoadMore(data?.matches, fetchMore);
  return { engagements: data?.matches.nodes ?? [], loading: loading && !data, error, refetch: () => void refetch(), ...more };
}
