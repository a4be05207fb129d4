import { Badge, Button, Card, Group, List, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { type NetworkStatementFieldsFragment, NetworkStatementStatus, StatementCommitmentStatus } from '../../../generated/graphql';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { type StatementsQuery, useStatementActions } from '../hooks/useNetworkStatements';

type Statement = NetworkStatementFieldsFragment;
type Commitment = Statement['commitments'][number];
type Actions = ReturnType<typeof useStatementActions>;

// The server's limits, so the form stops where the API would refuse.
const MAX_TITLE = 200;
const MAX_BODY = 20_000;
const MAX_COMMITMENT = 1000;
const MAX_NOTE = 2000;

const STATUS_COLOR: Record<NetworkStatementStatus, string> = { DRAFT: 'gray', PUBLISHED: 'green', WITHDRAWN: 'red' };
const COMMITMENT_COLOR: Record<StatementCommitmentStatus, string> = { OPEN: 'gray', IN_PROGRESS: 'blue', DONE: 'green', DROPPED: 'orange' };
const COMMITMENT_STATUSES = Object.values(StatementCommitmentStatus);

/** One joint statement: its text (an editor while it is a draft you may edit), signatures, commitments and their progress. */
export function StatementView({ statement, page }: { statement: Statement; page: StatementsQuery }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const actions = useStatementActions(page);
  const linkTitle = page === 'NetworkStatements';
  const published = statement.status === NetworkStatementStatus.Published;
  const signed = new Set(statement.signatures.map((s) => s.organization.id));
  const mySignatories = statement.viewerOrganizations.filter((o) => signed.has(o.id));
  const mine = new Set(statement.viewerOrganizations.map((o) => o.id));
  const titleId = `statement-${statement.id}`;
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={titleId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h3" id={titleId}>
              {linkTitle ? <Link to={`/statements/${statement.id}`}>{statement.title}</Link> : statement.title}
            </Title>
            <Text size="sm" c="dimmed">
              {t('networkStatements.draftedBy', { name: statement.draftedBy.name })}
              {statement.publishedAt && ` · ${t('networkStatements.publishedOn', { date: format.date(statement.publishedAt) })}`}
              {statement.withdrawnAt && ` · ${t('networkStatements.withdrawnOn', { date: format.date(statement.withdrawnAt) })}`}
            </Text>
          </Stack>
          <Badge color={STATUS_COLOR[statement.status]}>{t(`networkStatements.status.${statement.status}`)}</Badge>
        </Group>

        {statement.viewerCanEdit ? <DraftEditor statement={statement} actions={actions} /> : <Text style={{ whiteSpace: 'pre-wrap' }}>{statement.body}</Text>}

        {(statement.signableOrganizations.length > 0 || (published && statement.viewerIsPenHolder)) && (
          <Group gap="xs">
            {statement.signableOrganizations.map((o) => (
              <Button key={o.id} onClick={() => void actions.sign({ statementId: statement.id, organizationId: o.id })}>
                {t('networkStatements.signFor', { name: o.name })}
              </Button>
            ))}
            {published && statement.viewerIsPenHolder && (
              <Button variant="default" color="red" onClick={() => void actions.withdraw({ statementId: statement.id })}>
                {t('networkStatements.withdraw')}
              </Button>
            )}
          </Group>
        )}

        {statement.status !== NetworkStatementStatus.Draft && (
          <section aria-label={t('networkStatements.signatures')}>
            <Title order={3} size="h5" mb={4}>
              {t('networkStatements.signaturesCount', { count: statement.signatures.length })}
            </Title>
            {statement.signatures.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('networkStatements.noSignatures')}
              </Text>
            ) : (
              <List size="sm">
                {statement.signatures.map((s) => (
                  <List.Item key={s.id}>{t('networkStatements.signedOn', { name: s.organization.name, date: format.date(s.signedAt) })}</List.Item>
                ))}
              </List>
            )}
          </section>
        )}

        {statement.status !== NetworkStatementStatus.Draft && (
          <section aria-label={t('networkStatements.commitments')}>
            <Title order={3} size="h5" mb={4}>
              {t('networkStatements.commitments')}
            </Title>
            <Text size="sm" mb="xs" data-testid="statement-progress">
              {t('networkStatements.progress', {
                done: statement.progress.done,
                inProgress: statement.progress.inProgress,
                open: statement.progress.open,
                dropped: statement.progress.dropped,
                total: statement.progress.total,
              })}
            </Text>
            <Stack gap="xs">
              {statement.commitments.map((c) => (
                <CommitmentRow key={c.id} commitment={c} canReport={published && mine.has(c.organizationId)} actions={actions} />
              ))}
            </Stack>
            {published && mySignatories.length > 0 && <CommitmentForm statementId={statement.id} organizations={mySignatories} actions={actions} />}
          </section>
        )}
      </Stack>
    </Card>
  );
}

function DraftEditor({ statement, actions }: { statement: Statement; actions: Actions }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(statement.title);
  const [body, setBody] = useState(statement.body);
  const changed = title !== statement.title || body !== statement.body;
  return (
    <Stack gap="sm" component="form" onSubmit={(e) => (e.preventDefault(), void actions.update({ statementId: statement.id, version: statement.version, title, body }))}>
      <TextInput label={t('networkStatements.title')} value={title} maxLength={MAX_TITLE} required onChange={(e) => setTitle(e.currentTarget.value)} />
      <Textarea label={t('networkStatements.body')} value={body} maxLength={MAX_BODY} autosize minRows={6} required onChange={(e) => setBody(e.currentTarget.value)} />
      <Group gap="xs">
        <Button type="submit" variant="default" disabled={!changed} loading={actions.updating}>
          {t('networkStatements.saveDraft')}
        </Button>
        {statement.viewerIsPenHolder && (
          <Button disabled={changed} onClick={() => void actions.publish({ statementId: statement.id, version: statement.version })}>
            {t('networkStatements.publish')}
          </Button>
        )}
      </Group>
      {statement.viewerIsPenHolder && changed && (
        <Text size="sm" c="dimmed">
          {t('networkStatements.saveBeforePublishing')}
        </Text>
      )}
    </Stack>
  );
}

function CommitmentRow({ commitment, canReport, actions }: { commitment: Commitment; canReport: boolean; actions: Actions }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [status, setStatus] = useState<StatementCommitmentStatus>(commitment.status);
  const [note, setNote] = useState(commitment.progressNote);
  return (
    <Card withBorder padding="sm">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text fw={600}>{commitment.organization.name}</Text>
            <Text size="sm">{commitment.text}</Text>
            {commitment.dueOn && (
              <Text size="xs" c="dimmed">
                {t('networkStatements.dueOn', { date: format.date(commitment.dueOn) })}
              </Text>
            )}
          </Stack>
          <Badge color={COMMITMENT_COLOR[commitment.status]}>{t(`networkStatements.commitmentStatus.${commitment.status}`)}</Badge>
        </Group>
        {commitment.progressNote && !canReport && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {commitment.progressNote}
          </Text>
        )}
        {canReport && (
          <Group align="flex-end" gap="xs" component="form" onSubmit={(e) => (e.preventDefault(), void actions.setStatus({ commitmentId: commitment.id, status, note }))}>
            <Select
              label={t('networkStatements.statusLabel')}
              data={COMMITMENT_STATUSES.map((s) => ({ value: s, label: t(`networkStatements.commitmentStatus.${s}`) }))}
              value={status}
              allowDeselect={false}
              onChange={(v) => v && setStatus(v as StatementCommitmentStatus)}
              w={180}
            />
            <TextInput label={t('networkStatements.progressNote')} value={note} maxLength={MAX_NOTE} onChange={(e) => setNote(e.currentTarget.value)} style={{ flex: 1 }} />
            <Button type="submit" variant="default">
              {t('networkStatements.report')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function CommitmentForm({ statementId, organizations, actions }: { statementId: string; organizations: { id: string; name: string }[]; actions: Actions }) {
  const { t } = useTranslation();
  const [organizationId, setOrganizationId] = useState(organizations[0].id);
  const [text, setText] = useState('');
  const [dueOn, setDueOn] = useState('');
  const submit = async () => {
    if (await actions.commit({ statementId, organizationId, text, ...(dueOn ? { dueOn } : {}) })) {
      setText('');
      setDueOn('');
    }
  };
  return (
    <Stack gap="xs" mt="sm" component="form" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <Title order={4} size="h6">
        {t('networkStatements.addCommitment')}
      </Title>
      {organizations.length > 1 && (
        <Select
          label={t('networkStatements.commitFor')}
          data={organizations.map((o) => ({ value: o.id, label: o.name }))}
          value={organizationId}
          allowDeselect={false}
          onChange={(v) => v && setOrganizationId(v)}
        />
      )}
      <Textarea
        label={t('networkStatements.commitmentText')}
        value={text}
        maxLength={MAX_COMMITMENT}
        required
        autosize
        minRows={2}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <TextInput type="date" label={t('networkStatements.dueDate')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} w={200} />
      <Button type="submit" disabled={text.trim() === ''} loading={actions.committing} style={{ alignSelf: 'flex-start' }}>
        {t('networkStatements.commit')}
      </Button>
    </Stack>
  );
}
