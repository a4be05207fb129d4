import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { CreateProgramDocument, type ProgramFieldsFragment } from '../../../generated/graphql';
import { useAuth } from '../../auth/hooks/useAuth';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { ShareProgramWithNetworkControl } from '../../networks/components/ShareWithNetworkControl';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { usePrograms } from '../hooks/usePrograms';
import { ProgramForm } from './ProgramForm';

function ProgramCard({ program }: { program: ProgramFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { viewer } = useAuth();
  const runsIt = Boolean(viewer?.memberships.some((m) => m.organization.id === program.intermediaryId));
  const byRole = (role: string) => program.participants.filter((p) => p.role === role).map((p) => p.organization.name);
  const groups = [
    { label: t('curation.programs.cohort'), names: byRole('COHORT') },
    { label: t('curation.programs.partners'), names: byRole('PARTNER_COMPANY') },
    { label: t('curation.programs.funders'), names: byRole('FUNDER') },
  ];
  return (
    <Card withBorder padding="md" component="article">
      <Stack gap="xs">
        <Text fw={700} component="h2" m={0} size="lg">
          {program.name}
        </Text>
        <Text size="sm" c="dimmed">
          {program.intermediary.name}
          {program.startsOn && program.endsOn && ` · ${t('needs.form.review.dates', { start: format.date(program.startsOn), end: format.date(program.endsOn) })}`}
        </Text>
        {program.description && <Text size="sm">{program.description}</Text>}
        <Group gap={6}>
          {program.requiresMentor && <Badge variant="light">{t('programs.fields.requiresMentor')}</Badge>}
          {program.curationRequired && (
            <Badge variant="light" color="grape">
              {t('programs.fields.curationRequired')}
            </Badge>
          )}
        </Group>
        {groups.map(
          (group) =>
            group.names.length > 0 && (
              <Text key={group.label} size="sm">
                <Text span fw={600}>
                  {group.label}:
                </Text>{' '}
                {group.names.join(', ')}
              </Text>
            ),
        )}
        {runsIt && <ShareProgramWithNetworkControl programId={program.id} />}
      </Stack>
    </Card>
  );
}

export function ProgramsPage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const intermediaryId = viewer?.memberships.find((m) => m.organization.kind === 'INTERMEDIARY')?.organization.id ?? null;
  const { programs, loading, error, refetch, hasNextPage, loadingMore, loadMore } = usePrograms(intermediaryId);
  const [opened, modal] = useDisclosure(false);
  const [create, { loading: creating }] = useMutation(CreateProgramDocument, { refetchQueries: ['Programs'] });

  return (
    <Stack>
      <PageHeader
        title={t('curation.programs.title')}
        description={t('curation.programs.description')}
        actions={
          intermediaryId && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={modal.open}>
              {t('curation.programs.new')}
            </Button>
          )
        }
      />
      <QueryState
        loading={loading}
        error={error}
        onRetry={refetch}
        empty={programs.length === 0}
        emptyState={{ title: t('curation.programs.emptyTitle'), description: t('curation.programs.emptyBody') }}
      >
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {programs.map((program) => (
            <ProgramCard key={program.id} program={program} />
          ))}
        </SimpleGrid>
        <LoadMoreButton hasNextPage={hasNextPage} loading={loadingMore} onLoadMore={loadMore} />
      </QueryState>
      <Modal opened={opened} onClose={modal.close} title={t('curation.programs.new')} centered size="lg">
        <ProgramForm
          submitLabel={t('curation.programs.new')}
          submitting={creating}
          onSubmit={async (values) => {
            if (!intermediaryId) return;
            await create({ variables: { input: { intermediaryId, ...values } } });
            notifications.show({ color: 'green', message: t('curation.programs.created') });
            modal.close();
          }}
        />
      </Modal>
    </Stack>
  );
}
