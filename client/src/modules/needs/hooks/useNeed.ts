import { useQuery } from '@apollo/client/react';

import { NeedDocument } from '../../../generated/graphql';

export function useNeed(id: string) {
  const { data, loading, error, refetch } = useQuery(NeedDocument, { variables: { id } });
  return { need: data?.need ?? null, loading: loading && !data, error, refetch: () => void refetch() };
}
