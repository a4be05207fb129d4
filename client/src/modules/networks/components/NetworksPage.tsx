import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useMyNetworks } from '../hooks/useNetworks';

/** The networks the viewer's intermediaries belong to. */
export function NetworksPage() {
  const { t } = useTranslation();
  const { networks, loading } = useMyNetworks(true);
  return (
    <QueryState loading={loading}>
      <Stack>
        <PageHeader title={t('networks.list.title')} description={t('networks.list.description')} />
        {networks.length === 0 && <EmptyState title={t('networks.list.empty')} />}
        {networks.map((network) => (
          <Paper key={network.id} withBorder p="md">
            <Anchor component={Link} to={`/networks/${network.id}`} fw={600}>
              {network.name}
            </Anchor>
            <Text size="sm" c="dimmed">
              {network.region}
            </Text>
          </Paper>
        ))}
      </Stack>
    </QueryState>
  );
}
