import { Button, Group, NativeSelect, Paper, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { MatchingScope } from '../../../generated/graphql';
import { useAuth } from '../../auth/hooks/useAuth';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useNotifyError } from '../../ui/hooks/useNotifyError';
import { useMatchingRuns } from '../hooks/useMatchingRuns';
import { usePrograms } from '../hooks/usePrograms';
import { MatchingRunCard } from './MatchingRunCard';

const SCOPES: MatchingScope[] = ['PROGRAM', 'INTERMEDIARY', 'ALL'];

export function MatchingRunsPage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const notifyError = useNotifyError();
  const intermediaryId = viewer?.memberships.find((m) => m.organization.kind === 'INTERMEDIARY')?.organization.id ?? null;
  const { programs } = usePrograms(intermediaryId);
  const { runs, loading, error, refetch, hasNextPage, loadingMore, loadMore, startRun, starting } = useMatchingRuns();
  const [scope, setScope] = useState<MatchingScope>('PROGRAM');
  const [programId, setProgramId] = useState<string>('');
  const chosenProgram = programId || programs[0]?.id || '';
  const scopeId = scope === 'PROGRAM' ? chosenProgram : scope === 'INTERMEDIARY' ? intermediaryId : null;
  const scopes = viewer?.isPlatformAdmin ? SCOPES : SCOPES.filter((s) => s !== 'ALL');

  return (
    <Stack>
      <PageHeader title={t('curation.runs.title')} description={t('curation.runs.description')} />
      <Paper withBorder p="md">
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('curation.runs.scope')}
            value={scope}
            onChange={(event) => setScope(scopes.find((s) => s === event.currentTarget.value) ?? 'PROGRAM')}
            data={scopes.map((s) => ({ value: s, label: t(`curation.runs.scopes.${s}`) }))}
          />
          {scope === 'PROGRAM' && (
            <NativeSelect
              label={t('curation.runs.program')}
              value={chosenProgram}
              onChange={(event) => setProgramId(event.currentTarget.value)}
              data={programs.map((p) => ({ value: p.id, label: p.name }))}
            />
          )}
          <Button
            leftSection={<IconPlayerPlay size={16} aria-hidden />}
            loading={starting}
            disabled={scope !== 'ALL' && !scopeId}
            onClick={() => void startRun({ scope, scopeId }).then(() => notifications.show({ color: 'green', message: t('curation.runs.started') }), notifyError)}
          >
            {t('curation.runs.start')}
          </Button>
        </Group>
      </Paper>
      <QueryState
        loading={loading}
        error={error}
        onRetry={refetch}
        empty={runs.length === 0}
        emptyState={{ title: t('curation.runs.emptyTitle'), description: t('curation.runs.emptyBody') }}
      >
        <Stack gap="sm">
          {runs.map((run) => (
            <MatchingRunCard key={run.id} run={run} />
          ))}
          <LoadMoreButton hasNextPage={hasNextPage} loading={loadingMore} onLoadMore={loadMore} />
        </Stack>
      </QueryState>
    </Stack>
  );
}
