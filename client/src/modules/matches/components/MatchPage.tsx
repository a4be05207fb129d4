import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';

import { MatchPageDocument } from '../../../generated/graphql';
import { useAuth } from '../../auth/hooks/useAuth';
import { QueryState } from '../../ui/components/QueryState';
import { matchSides } from '../matchSides';
import { MatchDetails } from './MatchDetails';

/** /matches/:matchId, where emails and notifications lead. Outsiders get the API's NOT_FOUND as the error state. */
export function MatchPage() {
  const { matchId = '' } = useParams();
  const { viewer } = useAuth();
  const { data, loading, error, refetch } = useQuery(MatchPageDocument, { variables: { id: matchId }, skip: !matchId });
  const match = data?.match;
  return (
    <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      {match && <MatchDetails match={match} sides={matchSides(match, viewer)} />}
    </QueryState>
  );
}
