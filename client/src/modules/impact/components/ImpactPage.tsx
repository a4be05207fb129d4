import { BarChart, DonutChart } from '@mantine/charts';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { useMatches } from '../../matches/hooks/useMatches';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useImpactCsv } from '../hooks/useImpactCsv';
import { impactStats } from '../impactStats';
import { StatCard } from './StatCard';

const KIND_COLORS: Record<string, string> = { VOLUNTEER: 'blue.6', MENTOR: 'grape.6', FUNDING: 'teal.6' };

export function ImpactPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const domainLabel = useDomainLabel();
  const downloadCsv = useImpactCsv();
  const { matches, totalCount, loading, error, refetch } = useMatches({ statuses: ['CONFIRMED', 'ACTIVE', 'COMPLETED'] }, { first: 100 });
  const stats = useMemo(() => impactStats(matches), [matches]);
  const monthLabel = (month: string) => new Intl.DateTimeFormat(format.locale, { month: 'short', year: 'numeric' }).format(new Date(`${month}-01T00:00:00Z`));

  return (
    <Stack>
      <PageHeader
        title={t('impact.title')}
        description={t('impact.description')}
        actions={
          <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} disabled={matches.length === 0} onClick={() => downloadCsv(matches)}>
            {t('impact.download')}
          </Button>
        }
      />
      <QueryState loading={loading} error={error} onRetry={refetch} empty={matches.length === 0} emptyState={{ title: t('impact.emptyTitle'), description: t('impact.emptyBody') }}>
        <Stack>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <StatCard label={t('impact.engagements')} value={format.number(totalCount)} />
            <StatCard label={t('domain.matchStatus.COMPLETED')} value={format.number(stats.completed)} />
            <StatCard label={t('impact.fillRate')} value={stats.fillRate === null ? '–' : format.percent(stats.fillRate)} />
            <StatCard label={t('impact.timeToMatch')} value={stats.medianDaysToConfirm === null ? '–' : t('impact.days', { count: Math.round(stats.medianDaysToConfirm) })} />
          </SimpleGrid>
          {totalCount > matches.length && (
            <Text size="xs" c="dimmed">
              {t('impact.sample', { count: matches.length })}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Paper withBorder p="md">
              <Title order={2} size="h5" mb="sm">
                {t('impact.byFocusArea')}
              </Title>
              <BarChart
                h={260}
                data={stats.byFocusArea.map((row) => ({ label: domainLabel('focusArea', row.focusArea), engagements: row.engagements }))}
                dataKey="label"
                orientation="vertical"
                yAxisProps={{ width: 130 }}
                series={[{ name: 'engagements', label: t('impact.engagements'), color: 'blue.6' }]}
                valueFormatter={(value) => format.number(value)}
              />
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} size="h5" mb="sm">
                {t('impact.byMonth')}
              </Title>
              <BarChart
                h={260}
                data={stats.byMonth.map((row) => ({ label: monthLabel(row.month), engagements: row.engagements }))}
                dataKey="label"
                series={[{ name: 'engagements', label: t('impact.engagements'), color: 'teal.6' }]}
                valueFormatter={(value) => format.number(value)}
              />
            </Paper>
          </SimpleGrid>
          <Paper withBorder p="md">
            <Group justify="space-between" align="center" wrap="wrap">
              <Title order={2} size="h5">
                {t('impact.engagements')}
              </Title>
              <DonutChart
                size={140}
                thickness={22}
                withLabelsLine={false}
                withTooltip
                data={stats.byKind.map((row) => ({ name: domainLabel('roleKind', row.kind), value: row.engagements, color: KIND_COLORS[row.kind] ?? 'gray.6' }))}
              />
              <Stack gap={4}>
                {stats.byKind.map((row) => (
                  <Text key={row.kind} size="sm">
                    {domainLabel('roleKind', row.kind)}: {format.number(row.engagements)}
                  </Text>
                ))}
              </Stack>
            </Group>
          </Paper>
        </Stack>
      </QueryState>
    </Stack>
  );
}
