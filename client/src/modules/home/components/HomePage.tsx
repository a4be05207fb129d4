import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useAuth } from '../../auth/hooks/useAuth';
import { useRoles } from '../../auth/hooks/useRoles';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useInbox } from '../hooks/useInbox';
import { inboxEntries, nextSetupStep, type SetupStep } from '../inboxItems';
import { InboxList } from './InboxList';

export function HomePage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const roles = useRoles();
  const { inbox, loading, error, refetch } = useInbox();
  const entries = inbox ? inboxEntries(inbox, roles) : [];
  const step = viewer ? nextSetupStep(viewer, roles) : null;
  return (
    <Stack>
      <PageHeader title={t('home.greeting', { name: viewer?.name ?? '' })} description={t('home.description')} />
      <QueryState loading={loading} error={error} onRetry={refetch}>
        <Title order={2} size="h4">
          {t('home.inboxTitle')}
        </Title>
        {entries.length > 0 ? <InboxList entries={entries} /> : <NothingWaits step={step} />}
      </QueryState>
    </Stack>
  );
}

function NothingWaits({ step }: { step: SetupStep | null }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg">
      <Stack gap="xs" align="flex-start">
        <Text fw={600}>{t('home.nothingWaits')}</Text>
        {step && (
          <>
            <Text>{t(`home.setup.${step.key}.body`)}</Text>
            <Button component={Link} to={step.to}>
              {t(`home.setup.${step.key}.action`)}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}
