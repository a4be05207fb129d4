import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import type { NetworkPageQuery } from '../../../generated/graphql';
import { useAuth } from '../../auth/hooks/useAuth';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { StatCard } from '../../impact/components/StatCard';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useNetworkImpact, useNetworkPage } from '../hooks/useNetworks';
import { ProposeVolunteerDialog } from './ProposeVolunteerDialog';

type SharedNeed = NonNullable<NetworkPageQuery['network']>['sharedNeeds'][number];

/** Volunteer roles with a free seat: what a partner can still propose someone for. */
export const openVolunteerRoles = (shared: SharedNeed) => shared.need.roles.filter((r) => r.kind === 'VOLUNTEER' && r.seatsFilled < r.seats);

function JointImpact({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const impact = useNetworkImpact(networkId);
  if (!impact) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('networks.page.impact')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <StatCard label={t('networks.page.confirmed')} value={format.number(impact.totals.confirmed)} />
        <StatCard label={t('networks.page.hours')} value={format.hours(impact.totals.confirmedHours)} />
        <StatCard label={t('networks.page.viaNetwork')} value={format.number(impact.viaNetwork?.proposals ?? 0)} hint={t('networks.page.viaNetworkHint')} />
        <StatCard label={t('networks.page.viaNetworkConfirmed')} value={format.number(impact.viaNetwork?.confirmed ?? 0)} />
      </SimpleGrid>
    </Stack>
  );
}

/** A network for its members' curators: who is in it, the needs they share, and what they achieved together. */
export function NetworkPage() {
  const { networkId = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormatters();
  const { viewer } = useAuth();
  const { network, loading, error, refetch } = useNetworkPage(networkId);
  const [proposing, setProposing] = useState<SharedNeed | null>(null);
  const mine = new Set(viewer?.memberships.map((m) => m.organization.id) ?? []);

  return (
    <QueryState loading={loading} error={error} onRetry={refetch}>
      {network && (
        <Stack>
          <PageHeader
            title={network.name}
            description={network.description || network.region}
            actions={
              <Button component={Link} to={`/networks/${network.id}/statements`} variant="light">
                {t('networks.page.statements')}
              </Button>
            }
          />
          <Paper withBorder p="md">
            <Title order={2} size="h5" mb="xs">
              {t('networks.page.members', { count: network.members.length })}
            </Title>
            <Group gap="xs">
              {network.members.map((member) => (
                <Badge key={member.id} variant={mine.has(member.id) ? 'filled' : 'light'}>
                  {member.name}
                </Badge>
              ))}
            </Group>
          </Paper>
          <Title order={2} size="h4">
            {t('networks.page.sharedNeeds')}
          </Title>
          {network.sharedNeeds.length === 0 ? (
            <EmptyState title={t('networks.page.noSharedNeeds')} description={t('networks.page.noSharedNeedsHint')} />
          ) : (
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('networks.page.need')}</Table.Th>
                  <Table.Th>{t('networks.page.owner')}</Table.Th>
                  <Table.Th>{t('networks.page.sharedBy')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {network.sharedNeeds.map((shared) => (
                  <Table.Tr key={shared.needId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/needs/${shared.need.id}`}>
                        {shared.need.title}
                      </Anchor>
                      {shared.programId && (
                        <Text size="xs" c="dimmed">
                          {t('networks.page.viaProgram')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{shared.owner.name}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{shared.sharedByName ?? '–'}</Text>
                      <Text size="xs" c="dimmed">
                        {format.date(shared.sharedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {!mine.has(shared.owner.id) && openVolunteerRoles(shared).length > 0 && (
                        <Button size="compact-sm" variant="light" onClick={() => setProposing(shared)}>
                          {t('networks.page.propose')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <JointImpact networkId={network.id} />
          {proposing && <ProposeVolunteerDialog opened onClose={() => setProposing(null)} needTitle={proposing.need.title} roles={openVolunteerRoles(proposing)} />}
        </Stack>
      )}
    </QueryState>
  );
}
