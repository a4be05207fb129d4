import { Anchor, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { CompanyEngagementsQuery } from '../../../generated/graphql';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { StatCard } from '../../impact/components/StatCard';
import { EmptyState } from '../../ui/components/EmptyState';

type Company = CompanyEngagementsQuery['companyEngagements'];

export interface CompanyEngagementsViewProps {
  company: Company;
  /** Engagements waiting for the employer's sign-off; shown above the engagements. */
  approvals?: ReactNode;
}

export function CompanyEngagementsView({ company, approvals }: CompanyEngagementsViewProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { totals } = company;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }}>
        <StatCard label={t('company.totals.employees')} value={format.number(totals.employees)} />
        <StatCard label={t('company.totals.ongoing')} value={format.number(totals.ongoing)} />
        <StatCard label={t('company.totals.completed')} value={format.number(totals.completed)} />
        <StatCard label={t('company.totals.confirmedHours')} value={format.hours(totals.confirmedHours)} />
        <StatCard label={t('company.totals.awaitingSignOff')} value={format.number(totals.awaitingSignOff)} />
      </SimpleGrid>
      {approvals}
      <EngagementsTable engagements={company.engagements} />
      <EmployeesTable employees={company.employees} />
    </Stack>
  );
}

function EngagementsTable({ engagements }: { engagements: Company['engagements'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('company.engagementsTitle')}
      </Title>
      {engagements.length === 0 ? (
        <EmptyState title={t('company.noEngagements')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('company.columns.employee')}</Table.Th>
                <Table.Th>{t('company.columns.need')}</Table.Th>
                <Table.Th>{t('company.columns.nonprofit')}</Table.Th>
                <Table.Th>{t('company.columns.status')}</Table.Th>
                <Table.Th>{t('company.columns.signOff')}</Table.Th>
                <Table.Th>{t('company.columns.confirmedHours')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {engagements.map((e) => (
                <Table.Tr key={e.matchId}>
                  <Table.Td>{e.employeeName}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/matches/${e.matchId}`}>
                      {e.needTitle}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{e.nonprofitName}</Table.Td>
                  <Table.Td>{t(`domain.matchStatus.${e.status}`)}</Table.Td>
                  <Table.Td>
                    {t(`company.signOffState.${e.signOff}`)}
                    {e.signOffReason && (
                      <Text size="xs" c="dimmed">
                        {e.signOffReason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{format.hours(e.confirmedHours)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function EmployeesTable({ employees }: { employees: Company['employees'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('company.employeesTitle')}
      </Title>
      {employees.length === 0 ? (
        <Text>{t('company.noEmployees')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('company.columns.employee')}</Table.Th>
                <Table.Th>{t('company.columns.engagements')}</Table.Th>
                <Table.Th>{t('company.columns.confirmedHours')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {employees.map((e) => (
                <Table.Tr key={e.volunteerProfileId}>
                  <Table.Td>{e.name}</Table.Td>
                  <Table.Td>{format.number(e.engagements)}</Table.Td>
                  <Table.Td>{format.hours(e.confirmedHours)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
