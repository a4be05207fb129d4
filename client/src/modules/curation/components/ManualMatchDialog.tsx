import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CandidateSearchDocument, CreateManualMatchDocument, NeedsDocument } from '../../../generated/graphql';
import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { useServerFormErrors } from '../../ui/hooks/useServerFormErrors';

interface ManualMatchValues {
  needId: string;
  roleId: string;
  candidate: string;
  reason: string;
}

export function ManualMatchDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const needsQuery = useQuery(NeedsDocument, { variables: { filter: { status: ['OPEN', 'STAFFED'] }, first: 100 }, skip: !opened });
  const candidatesQuery = useQuery(CandidateSearchDocument, { variables: { search: debouncedSearch || null }, skip: !opened });
  const [create, { loading }] = useMutation(CreateManualMatchDocument, { refetchQueries: ['CurationBoard'] });
  const form = useForm<ManualMatchValues>({
    initialValues: { needId: '', roleId: '', candidate: '', reason: '' },
    validate: {
      needId: (v) => (v ? null : t('curation.manual.needRequired')),
      roleId: (v) => (v ? null : t('curation.manual.roleRequired')),
      candidate: (v) => (v ? null : t('curation.manual.candidateRequired')),
      reason: (v) => (v.trim() ? null : t('curation.manual.reasonRequired')),
    },
  });
  const { formError, handleError, clear } = useServerFormErrors(form);

  const needs = needsQuery.data?.needs.nodes ?? [];
  const roles = needs.find((n) => n.id === form.values.needId)?.roles.filter((r) => r.kind !== 'FUNDING' && r.seatsFilled < r.seats) ?? [];
  const roleKind = roles.find((r) => r.id === form.values.roleId)?.kind;
  const people =
    roleKind === 'MENTOR'
      ? (candidatesQuery.data?.mentorProfiles.nodes ?? []).map((p) => ({ value: `mentor:${p.id}`, label: `${p.user.name} · ${p.headline}` }))
      : (candidatesQuery.data?.volunteerProfiles.nodes ?? []).map((p) => ({ value: `volunteer:${p.id}`, label: `${p.user.name} · ${p.headline}` }));

  const close = () => {
    form.reset();
    clear();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('curation.manual.title')} centered size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          clear();
          const [kind, id] = values.candidate.split(':');
          try {
            await create({
              variables: {
                input: {
                  roleId: values.roleId,
                  reason: values.reason.trim(),
                  volunteerProfileId: kind === 'volunteer' ? id : null,
                  mentorProfileId: kind === 'mentor' ? id : null,
                },
              },
            });
            notifications.show({ color: 'green', message: t('curation.manual.created') });
            close();
          } catch (error) {
            handleError(error);
          }
        })}
      >
        <Stack>
          <FormErrorAlert error={formError} />
          <Select
            label={t('curation.manual.need')}
            required
            searchable
            data={needs.map((n) => ({ value: n.id, label: `${n.title} · ${n.nonprofit.name}` }))}
            {...form.getInputProps('needId')}
            onChange={(value: string | null) => {
              form.setFieldValue('needId', value ?? '');
              form.setFieldValue('roleId', '');
              form.setFieldValue('candidate', '');
            }}
          />
          <Select
            label={t('curation.manual.role')}
            required
            disabled={!form.values.needId}
            data={roles.map((r) => ({ value: r.id, label: r.title }))}
            nothingFoundMessage={t('curation.manual.noRoles')}
            {...form.getInputProps('roleId')}
          />
          <Select
            label={t('curation.manual.candidate')}
            placeholder={t('curation.manual.candidateSearch')}
            required
            searchable
            disabled={!form.values.roleId}
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options }) => options}
            data={people}
            {...form.getInputProps('candidate')}
          />
          <Textarea label={t('curation.manual.reason')} required autosize minRows={2} maxLength={1000} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('curation.manual.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
