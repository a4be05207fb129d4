import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { QueryState } from '../../ui/components/QueryState';
import { useNetworkStatement } from '../hooks/useNetworkStatements';
import { StatementView } from './StatementView';

export function StatementPage() {
  const { t } = useTranslation();
  const { statementId = '' } = useParams();
  const { statement, loading, error, refetch } = useNetworkStatement(statementId);
  return (
    <QueryState loading={loading} error={error} onRetry={refetch}>
      {statement && (
        <Stack>
          <Anchor component={Link} to={`/networks/${statement.networkId}/statements`} size="sm">
            {t('networkStatements.allStatements')}
          </Anchor>
          <StatementView statement={statement} page="NetworkStatement" />
        </Stack>
      )}
    </QueryState>
  );
}
