import { useQuery } from '@apollo/client/react';

import { InboxDocument } from '../../../generated/graphql';

export function useInbox() {
  const { data, loading, error, refetch } = useQuery(InboxDocument, { fetchPolicy: 'cache-and-network' });
  return { inbox: data?.inbox ?? null, loading: loading && !data, error, refetch: () => void refetch() };
}
