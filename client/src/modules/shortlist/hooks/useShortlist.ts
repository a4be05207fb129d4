import { useMutation, useQuery } from '@apollo/client/react';

import { ProposeAlternativeDocument, RoleShortlistDocument, type RoleShortlistQuery } from '../../../generated/graphql';

export type ShortlistEntry = RoleShortlistQuery['match']['role']['shortlist'][number];

/** The ranked alternatives of the match's role; the API answers an empty list to anyone but its curators. */
export function useShortlist(matchId: string) {
  const query = useQuery(RoleShortlistDocument, { variables: { matchId } });
  return { entries: query.data?.match.role.shortlist ?? [], loading: query.loading, error: query.error, refetch: query.refetch };
}

export function useProposeAlternative() {
  const [mutate, { loading }] = useMutation(ProposeAlternativeDocument, { refetchQueries: ['RoleShortlist', 'MatchPage', 'Need', 'CurationBoard'] });
  const propose = async (input: { roleId: string; candidateId: string; replacesMatchId: string | null; reason: string }) => {
    const result = await mutate({ variables: { input } });
    return result.data?.proposeAlternative ?? null;
  };
  return { propose, loading };
}
