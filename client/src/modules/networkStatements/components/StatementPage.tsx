import { useParams } from 'react-router';

import { QueryState } from '../../ui/components/QueryState';
import { useNetworkStatement } from '../hooks/useNetworkStatements';
import { StatementView } from './StatementView';

export function StatementPage() {
  const { statementId = '' } = useParams();
  const { statement, loading, error, refetch } = useNetworkStatement(statementId);
  return (
    <QueryState loading={loading} error={error} onRetry={refetch}>
      {statement && <StatementView statement={statement} page="NetworkStatement" />}
    </QueryState>
  );
}
