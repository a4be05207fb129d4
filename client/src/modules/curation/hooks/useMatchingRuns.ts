import { useMutation, useQuery, useSubscription } from '@apollo/client/react';

import { MatchingRunProgressDocument, MatchingRunsDocument, StartMatchingRunDocument, type StartMatchingRunInput } from '../../../generated/graphql';
import { useLoadMore } from '../../ui/hooks/useLoadMore';

export function useMatchingRuns() {
  const { data, loading, error, refetch, fetchMore } = useQuery(MatchingRunsDocument, { variables: { first: 20 } });
  const more = useLoadMore(data?.matchingRuns, fetchMore);
  const [start, startState] = useMutation(StartMatchingRunDocument, { refetchQueries: ['MatchingRuns'] });
  return {
    runs: data?.matchingRuns.nodes ?? [],
    loading: loading && !data,
    error,
    refetch: () => void refetch(),
    ...more,
    startRun: async (input: StartMatchingRunInput) => (await start({ variables: { input } })).data?.startMatchingRun ?? null,
    starting: startState.loading,
  };
}

/** Live progress of one run; each event updates the normalized MatchingRun in the cache. */
export function useRunProgress(runId: string, active: boolean) {
  return useSubscription(MatchingRunProgressDocument, { variables: { runId }, skip: !active });
}
