import { useMutation } from '@apollo/client/react';
import { Badge, Button, FileButton, Group, NativeSelect, Stack, Table, Text, Textarea } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ImportInvitationsDocument, type ImportInvitationsMutation, InvitationImportStatus, MembershipRole } from '../../../generated/graphql';
import { useAuth } from '../../auth/hooks/useAuth';
import { EmptyState } from '../../ui/components/EmptyState';
import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { PageHeader } from '../../ui/components/PageHeader';

// The server refuses more; checking here saves an upload that cannot succeed.
const MAX_BYTES = 1_000_000;
const STATUS_COLORS: Record<InvitationImportStatus, string> = {
  [InvitationImportStatus.Invited]: 'teal',
  [InvitationImportStatus.Reinvited]: 'blue',
  [InvitationImportStatus.AlreadyMember]: 'gray',
  [InvitationImportStatus.Error]: 'red',
};

type ImportResult = ImportInvitationsMutation['importInvitations'];

/** Organization admins invite their people from a CSV list (pasted or uploaded) and see what happened to each row. */
export function ImportInvitationsPage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const organizations = (viewer?.memberships ?? []).filter((m) => m.role === MembershipRole.Admin).map((m) => m.organization);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [csv, setCsv] = useState('');
  const [tooBig, setTooBig] = useState(false);
  const [runImport, { data, loading, error, reset }] = useMutation(ImportInvitationsDocument);
  const chosen = organizationId ?? organizations[0]?.id ?? null;

  if (organizations.length === 0) return <EmptyState title={t('invitations.import.noOrganization')} />;

  const load = async (file: File | null) => {
    if (!file) return;
    setTooBig(file.size > MAX_BYTES);
    if (file.size <= MAX_BYTES) setCsv(await file.text());
    reset();
  };

  return (
    <Stack>
      <PageHeader title={t('invitations.import.title')} description={t('invitations.import.description')} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen && csv.trim()) void runImport({ variables: { organizationId: chosen, csv } }).catch(() => undefined);
        }}
      >
        <Stack>
          {organizations.length > 1 && (
            <NativeSelect
              label={t('invitations.import.organization')}
              value={chosen ?? ''}
              onChange={(event) => setOrganizationId(event.currentTarget.value)}
              data={organizations.map((o) => ({ value: o.id, label: o.name }))}
            />
          )}
          <Textarea
            label={t('invitations.import.csvLabel')}
            description={t('invitations.import.csvHelp')}
            placeholder={'email,name,role,language\nhana.sato@example.com,Hana Sato,MEMBER,ja'}
            autosize
            minRows={6}
            maxRows={16}
            value={csv}
            error={tooBig ? t('invitations.import.tooBig') : undefined}
            onChange={(event) => {
              setCsv(event.currentTarget.value);
              setTooBig(false);
            }}
            styles={{ input: { fontFamily: 'monospace' } }}
          />
          <Group>
            <FileButton onChange={(file) => void load(file)} accept=".csv,text/csv,text/plain">
              {(props) => (
                <Button variant="default" leftSection={<IconUpload size={16} aria-hidden />} {...props}>
                  {t('invitations.import.upload')}
                </Button>
              )}
            </FileButton>
            <Button type="submit" loading={loading} disabled={!csv.trim() || !chosen}>
              {t('invitations.import.submit')}
            </Button>
          </Group>
          <FormErrorAlert error={error} />
        </Stack>
      </form>
      {data && <ImportResults result={data.importInvitations} />}
    </Stack>
  );
}

function ImportResults({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-label={t('invitations.import.resultsTitle')} component="section">
      <Text fw={600}>
        {t('invitations.import.summary', { invited: result.invited, reinvited: result.reinvited, alreadyMembers: result.alreadyMembers, errors: result.errors })}
      </Text>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invitations.import.row')}</Table.Th>
            <Table.Th>{t('invitations.import.email')}</Table.Th>
            <Table.Th>{t('invitations.import.status')}</Table.Th>
            <Table.Th>{t('invitations.import.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.rows.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>{row.email ?? '—'}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLORS[row.status]} variant="light">
                  {t(`invitations.import.statuses.${row.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{row.problem ? t(`invitations.import.problems.${row.problem}`) : ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
