import { Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { MatchingRunFieldsFragment } from '../../../generated/graphql';
import { StatusBadge } from '../../domain/components/StatusBadge';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { useRunProgress } from '../hooks/useMatchingRuns';

function count(counts: unknown, key: string): number {
  const value = typeof counts === 'object' && counts !== null ? (counts as Record<string, unknown>)[key] : undefined;
  return typeof value === 'number' ? value : 0;
}

export function MatchingRunCard({ run }: { run: MatchingRunFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const active = run.status === 'QUEUED' || run.status === 'RUNNING';
  useRunProgress(run.id, active);
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{t(`curation.runs.scopes.${run.scope}`)}</Text>
          <StatusBadge kind="run" status={run.status} />
        </Group>
        <Progress
          value={run.progress}
          animated={active}
          striped={active}
          color={run.status === 'FAILED' ? 'red' : run.status === 'SUCCEEDED' ? 'teal' : 'blue'}
          aria-label={t('curation.runs.progress')}
          aria-valuenow={run.progress}
        />
        <Text size="sm">
          {t('curation.runs.counts', {
            proposed: format.number(count(run.counts, 'proposed')),
            candidates: format.number(count(run.counts, 'candidates')),
            roles: format.number(count(run.counts, 'roles')),
          })}
        </Text>
        {run.error && (
          <Text size="sm" c="red">
            {run.error}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {run.finishedAt ? t('curation.runs.finished', { when: format.relative(run.finishedAt) }) : t('curation.runs.requested', { when: format.relative(run.createdAt) })}
        </Text>
      </Stack>
    </Card>
  );
}
