import { useQuery } from '@apollo/client/react';

import { MatchPageDocument } from '../../../generated/graphql';

export function useMatchPage(id: string) {
  const { data, loading, error, refetch } = useQuery(MatchPageDocument, { variables: { id }, skip: !id });
  return { match: data?.match ?? null, loading: loading && !data, error, refetch: () => void refetch() };
}
