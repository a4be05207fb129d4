import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useNotifyError } from '../../ui/hooks/useNotifyError';
import { useNeedNetworkShares } from '../hooks/useNetworks';

/** The owning curator's switches: share this need with each network of theirs, or stop sharing it. */
export function ShareWithNetworkControl({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const { networks, sharedWith, busy, setShared } = useNeedNetworkShares(needId);
  if (networks.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('networks.share.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('networks.share.hint')}
        </Text>
        {networks.map((network) => (
          <Switch
            key={network.id}
            label={t('networks.share.with', { name: network.name })}
            checked={sharedWith.has(network.id)}
            disabled={busy}
            onChange={(event) => void setShared(network.id, event.currentTarget.checked).catch(notifyError)}
          />
        ))}
      </Stack>
    </Paper>
  );
}
