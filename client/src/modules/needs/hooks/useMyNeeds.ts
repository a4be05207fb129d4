import { useQuery } from '@apollo/client/react';

import { NeedsDocument, type NeedStatus } from '../../../generated/graphql';
import { useLoadMore } from '../../ui/hooks/useLoadMore';

export function useMyNeeds(status: NeedStatus | null) {
  const { data, loading, error, refetch, fetchMore } = useQuery(NeedsDocument, {
    variables: { filter: { mine: true, status: status ? [status] : null }, first: 20 },
  });
  const more = useLoadMore(data?.needs, fetchMore);
  return {
    needs: data?.needs.nodes ?? [],
    totalCount: data?.needs.totalCount ?? 0,
    loading: loading && !data,
    error,
    refetch: () => void refetch(),
    ...more,
  };
}
