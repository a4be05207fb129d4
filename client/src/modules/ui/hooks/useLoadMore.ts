import { useState } from 'react';

interface Paged {
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** "Load more" state for a connection query; the cache policy appends the next page. */
export function useLoadMore(connection: Paged | undefined, fetchMore: (options: { variables: { after: string } }) => Promise<unknown>) {
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    void fetchMore({ variables: { after } }).finally(() => setLoadingMore(false));
  };
  return { hasNextPage: connection?.pageInfo.hasNextPage ?? false, loadingMore, loadMore };
}
