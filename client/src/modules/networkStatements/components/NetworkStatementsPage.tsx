import { Button, Card, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useNetworkStatements, useStatementActions } from '../hooks/useNetworkStatements';
import { StatementView } from './StatementView';

/** A network's joint statements, newest first; curators of its members draft new ones here. */
export function NetworkStatementsPage() {
  const { t } = useTranslation();
  const { networkId = '' } = useParams();
  const { network, loading, error, refetch } = useNetworkStatements(networkId);
  return (
    <QueryState loading={loading} error={error} onRetry={refetch}>
      {network && (
        <Stack>
          <PageHeader title={t('networkStatements.pageTitle', { network: network.name })} description={t('networkStatements.pageDescription')} />
          {network.viewerMemberIntermediaries.length > 0 && <NewStatementForm networkId={network.id} organizations={network.viewerMemberIntermediaries} />}
          {network.statements.length === 0 ? (
            <Card withBorder padding="lg">
              {t('networkStatements.empty')}
            </Card>
          ) : (
            network.statements.map((s) => <StatementView key={s.id} statement={s} page="NetworkStatements" />)
          )}
        </Stack>
      )}
    </QueryState>
  );
}

function NewStatementForm({ networkId, organizations }: { networkId: string; organizations: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const { create, creating } = useStatementActions('NetworkStatements');
  const [organizationId, setOrganizationId] = useState(organizations[0].id);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const submit = async () => {
    if (await create({ networkId, organizationId, title, body })) {
      setTitle('');
      setBody('');
    }
  };
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm" component="form" onSubmit={(e) => (e.preventDefault(), void submit())}>
        <Title order={2} size="h4">
          {t('networkStatements.newDraft')}
        </Title>
        {organizations.length > 1 && (
          <Select
            label={t('networkStatements.draftFor')}
            data={organizations.map((o) => ({ value: o.id, label: o.name }))}
            value={organizationId}
            allowDeselect={false}
            onChange={(v) => v && setOrganizationId(v)}
          />
        )}
        <TextInput label={t('networkStatements.title')} value={title} maxLength={200} required onChange={(e) => setTitle(e.currentTarget.value)} />
        <Textarea label={t('networkStatements.body')} value={body} maxLength={20_000} required autosize minRows={4} onChange={(e) => setBody(e.currentTarget.value)} />
        <Button type="submit" loading={creating} disabled={title.trim() === '' || body.trim() === ''} style={{ alignSelf: 'flex-start' }}>
          {t('networkStatements.createDraft')}
        </Button>
      </Stack>
    </Card>
  );
}
