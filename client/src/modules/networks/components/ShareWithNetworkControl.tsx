import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useNotifyError } from '../../ui/hooks/useNotifyError';
import { useNeedNetworkShares, useProgramNetworkShares } from '../hooks/useNetworks';

type Shares = ReturnType<typeof useNeedNetworkShares>;

/** The owning curator's switches: share this need (or program) with each network of theirs, or stop sharing it. */
function ShareSwitches({ shares, hint }: { shares: Shares; hint: string }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const { networks, sharedWith, busy, setShared } = shares;
  if (networks.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('networks.share.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {hint}
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

export function ShareWithNetworkControl({ needId }: { needId: string }) {
  const { t } = useTranslation();
  return <ShareSwitches shares={useNeedNetworkShares(needId)} hint={t('networks.share.hint')} />;
}

export function ShareProgramWithNetworkControl({ programId }: { programId: string }) {
  const { t } = useTranslation();
  return <ShareSwitches shares={useProgramNetworkShares(programId)} hint={t('networks.share.programHint')} />;
}
