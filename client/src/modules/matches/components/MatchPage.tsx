import { useParams } from 'react-router';

import { useAuth } from '../../auth/hooks/useAuth';
import { QueryState } from '../../ui/components/QueryState';
import { useMatchPage } from '../hooks/useMatchPage';
import { matchSides } from '../matchSides';
import { MatchDetails } from './MatchDetails';

/** /matches/:matchId, where emails and notifications lead. Outsiders get the API's NOT_FOUND as the error state. */
export function MatchPage() {
  const { matchId = '' } = useParams();
  const { viewer } = useAuth();
  const { match, loading, error, refetch } = useMatchPage(matchId);
  return (
    <QueryState loading={loading} error={error} onRetry={refetch}>
      {match && <MatchDetails match={match} sides={matchSides(match, viewer)} />}
    </QueryState>
  );
}
