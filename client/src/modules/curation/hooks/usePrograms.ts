import { useQuery } from '@apollo/client/react';

import { ProgramsDocument } from '../../../generated/graphql';
import { useLoadMore } from '../../ui/hooks/useLoadMore';

export function usePrograms(intermediaryId?: string | null) {
  const { data, loading, error, refetch, fetchMore } = useQuery(ProgramsDocument, {
    variables: { filter: intermediaryId ? { intermediaryId } : null, first: 50 },
  });
  const more = useLoadMore(data?.programs, fetchMore);
  return { programs: data?.programs.nodes ?? [], loading: loading && !data, error, refetch: () => void refetch(), ...more };
}
