import { AreaChart, BarChart, LineChart } from '@mantine/charts';
import { Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ImpactFiguresFieldsFragment, ImpactQuery } from '../../../generated/graphql';
import { useAuth } from '../../auth/hooks/useAuth';
import { useDisplayNames } from '../../domain/hooks/useDisplayNames';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { type Formatters, useFormatters } from '../../i18n/hooks/useFormatters';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useImpact } from '../hooks/useImpact';
import { useImpactCsv } from '../hooks/useImpactCsv';
import { type ImpactPeriod, impactScopesOf, periodStart } from '../impactScopes';
import { StatCard } from './StatCard';

type Report = ImpactQuery['impact'];

const PERIODS: ImpactPeriod[] = ['all', 'year', 'last12'];

function ChartPanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

const orDash = (value: number | null, format: (v: number) => string) => (value === null ? '–' : format(value));

function hasActivity(figures: ImpactFiguresFieldsFragment): boolean {
  return figures.proposals + figures.offers + figures.confirmed + figures.completed > 0 || figures.confirmedHours > 0 || (figures.seats ?? 0) > 0;
}

function Totals({ report, format }: { report: Report; format: Formatters }) {
  const { t } = useTranslation();
  const { totals } = report;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
      <StatCard label={t('impact.confirmedHours')} value={format.hours(totals.confirmedHours)} />
      <StatCard label={t('impact.hoursValue')} value={format.currency(totals.hoursValue, report.currency)} hint={t('impact.hoursValueHint', { currency: report.currency })} />
      <StatCard label={t('impact.confirmed')} value={format.number(totals.confirmed)} />
      <StatCard label={t('domain.matchStatus.COMPLETED')} value={format.number(totals.completed)} />
      <StatCard label={t('impact.proposals')} value={`${format.number(totals.proposals)} / ${format.number(totals.offers)}`} hint={t('impact.proposalsHint')} />
      <StatCard label={t('impact.acceptanceRate')} value={orDash(totals.acceptanceRate, format.percent)} />
      <StatCard
        label={t('impact.fillRate')}
        value={orDash(totals.fillRate, format.percent)}
        hint={totals.seats === null ? undefined : t('impact.seats', { filled: format.number(totals.seatsFilled ?? 0), seats: format.number(totals.seats) })}
      />
      <StatCard label={t('impact.timeToMatch')} value={orDash(totals.medianDaysToMatch, (days) => t('impact.days', { count: Math.round(days) }))} />
    </SimpleGrid>
  );
}

function Charts({ report, format }: { report: Report; format: Formatters }) {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const names = useDisplayNames();
  const monthFormat = new Intl.DateTimeFormat(format.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const months = report.byMonth.map(({ key, figures }) => ({
    label: monthFormat.format(new Date(`${key}-01T00:00:00Z`)),
    hours: figures.confirmedHours,
    value: figures.hoursValue,
    days: figures.medianDaysToMatch,
  }));
  const areas = report.byFocusArea.map(({ key, figures }) => ({
    label: domainLabel('focusArea', key),
    hours: figures.confirmedHours,
    confirmed: figures.confirmed,
    fill: figures.fillRate === null ? null : Math.round(figures.fillRate * 100),
  }));
  const filled = areas.filter((a) => a.fill !== null);
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ChartPanel title={t('impact.hoursByMonth')}>
          <BarChart h={240} data={months} dataKey="label" series={[{ name: 'hours', label: t('impact.confirmedHours'), color: 'teal.6' }]} valueFormatter={format.hours} />
        </ChartPanel>
        <ChartPanel title={t('impact.valueByMonth')}>
          <AreaChart
            h={240}
            data={months}
            dataKey="label"
            curveType="monotone"
            series={[{ name: 'value', label: t('impact.hoursValue'), color: 'blue.6' }]}
            valueFormatter={(v) => format.currency(v, report.currency)}
            yAxisProps={{ width: 80 }}
          />
        </ChartPanel>
        <ChartPanel title={t('impact.byFocusArea')}>
          <BarChart
            h={Math.max(160, areas.length * 44)}
            data={areas}
            dataKey="label"
            orientation="vertical"
            yAxisProps={{ width: 130 }}
            series={[
              { name: 'hours', label: t('impact.confirmedHours'), color: 'teal.6' },
              { name: 'confirmed', label: t('impact.confirmed'), color: 'blue.6' },
            ]}
            valueFormatter={(v) => format.number(v)}
            withLegend
          />
        </ChartPanel>
        <ChartPanel title={t('impact.fillRateByFocusArea')}>
          {filled.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('impact.noSeats')}
            </Text>
          ) : (
            <BarChart
              h={Math.max(160, filled.length * 36)}
              data={filled}
              dataKey="label"
              orientation="vertical"
              yAxisProps={{ width: 130 }}
              xAxisProps={{ domain: [0, 100] }}
              series={[{ name: 'fill', label: t('impact.fillRate'), color: 'grape.6' }]}
              valueFormatter={(v) => format.percent(v / 100)}
            />
          )}
        </ChartPanel>
        <ChartPanel title={t('impact.timeToMatchByMonth')}>
          <LineChart
            h={220}
            data={months}
            dataKey="label"
            connectNulls
            series={[{ name: 'days', label: t('impact.timeToMatch'), color: 'orange.6' }]}
            valueFormatter={(v) => t('impact.days', { count: Math.round(v) })}
          />
        </ChartPanel>
        <ChartPanel title={t('impact.byCountry')}>
          <Table.ScrollContainer minWidth={320}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('impact.country')}</Table.Th>
                  <Table.Th ta="right">{t('impact.confirmed')}</Table.Th>
                  <Table.Th ta="right">{t('impact.confirmedHours')}</Table.Th>
                  <Table.Th ta="right">{t('impact.hoursValue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.byCountry.map(({ key, figures }) => (
                  <Table.Tr key={key}>
                    <Table.Td>{names.country(key)}</Table.Td>
                    <Table.Td ta="right">{format.number(figures.confirmed)}</Table.Td>
                    <Table.Td ta="right">{format.hours(figures.confirmedHours)}</Table.Td>
                    <Table.Td ta="right">{format.currency(figures.hoursValue, report.currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </ChartPanel>
      </SimpleGrid>
    </>
  );
}

export function ImpactPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { viewer } = useAuth();
  const scopes = useMemo(() => (viewer ? impactScopesOf(viewer) : []), [viewer]);
  const [scopeKey, setScopeKey] = useState<string | null>(null);
  const [period, setPeriod] = useState<ImpactPeriod>('all');
  const chosen = scopes.find((s) => s.key === scopeKey) ?? scopes[0] ?? null;
  const variables = useMemo(() => (chosen ? { scope: chosen.scope, from: periodStart(period, new Date()) } : null), [chosen, period]);
  const { report, loading, error, refetch } = useImpact(variables);
  const csv = useImpactCsv();

  return (
    <Stack>
      <PageHeader
        title={t('impact.title')}
        description={t('impact.description')}
        actions={
          <Button
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden />}
            disabled={!variables || !report}
            loading={csv.downloading}
            onClick={() => variables && void csv.download(variables, `rally-impact-${new Date().toISOString().slice(0, 10)}.csv`)}
          >
            {t('impact.download')}
          </Button>
        }
      />
      {chosen === null ? (
        <EmptyState title={t('impact.noScopeTitle')} description={t('impact.noScopeBody')} />
      ) : (
        <>
          <Group gap="sm" align="flex-end" wrap="wrap">
            {scopes.length > 1 && (
              <Select
                label={t('impact.scopeLabel')}
                data={scopes.map((s) => ({ value: s.key, label: t(`impact.scope.${s.kind}`, { name: s.name }) }))}
                value={chosen.key}
                onChange={(value) => setScopeKey(value)}
                allowDeselect={false}
                w={{ base: '100%', xs: 280 }}
              />
            )}
            <Select
              label={t('impact.periodLabel')}
              data={PERIODS.map((p) => ({ value: p, label: t(`impact.period.${p}`) }))}
              value={period}
              onChange={(value) => setPeriod((value as ImpactPeriod | null) ?? 'all')}
              allowDeselect={false}
              w={{ base: '100%', xs: 200 }}
            />
          </Group>
          <QueryState
            loading={loading}
            error={error}
            onRetry={refetch}
            empty={report !== null && !hasActivity(report.totals)}
            emptyState={{ title: t('impact.emptyTitle'), description: t('impact.emptyBody') }}
          >
            {report && (
              <Stack>
                <Totals report={report} format={format} />
                <Charts report={report} format={format} />
              </Stack>
            )}
          </QueryState>
        </>
      )}
    </Stack>
  );
}
