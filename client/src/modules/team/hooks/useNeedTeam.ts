import { useQuery } from '@apollo/client/react';

import { NeedTeamDocument } from '../../../generated/graphql';

/** The need's agreed matches the viewer may see (CONFIRMED, ACTIVE, COMPLETED). */
export function useNeedTeam(needId: string) {
  const { data } = useQuery(NeedTeamDocument, { variables: { needId } });
  return data?.matches.nodes ?? [];
}
