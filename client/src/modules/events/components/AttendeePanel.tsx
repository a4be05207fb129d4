import { ActionIcon, Alert, Badge, Button, Group, MultiSelect, NativeSelect, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EventSide, type ImportEventAttendeesMutation } from '../../../generated/graphql';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { QueryState } from '../../ui/components/QueryState';
import { useServerFormErrors } from '../../ui/hooks/useServerFormErrors';
import { useEventAttendeeChanges, useEventAttendees, useImportEventAttendees } from '../hooks/useEvent';

const MAX_EMAILS = 500;
const SIDES = [EventSide.CompanyEmployee, EventSide.Nonprofit, EventSide.Mentor, EventSide.Intermediary];

/** Addresses out of pasted text: one per line, or separated by commas, semicolons or spaces. */
export function parseEmails(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

type ImportResult = ImportEventAttendeesMutation['importEventAttendees'];

/** The curators' view of who comes: the list with slots, adding by e-mail (one or a pasted list), removal. */
export function AttendeePanel({ eventId, slots }: { eventId: string; slots: { id: string; startsAt: string }[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { attendees, totalCount, loading, error, refetch, hasNextPage, loadingMore, loadMore } = useEventAttendees(eventId);
  const { setSlots, remove } = useEventAttendeeChanges();
  const slotOptions = slots.map((s) => ({ value: s.id, label: format.dateTime(s.startsAt) }));
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('events.attendeePanel.title', { count: totalCount })}
      </Title>
      <ImportForm eventId={eventId} />
      <QueryState
        loading={loading}
        error={error}
        onRetry={refetch}
        empty={attendees.length === 0}
        emptyState={{ title: t('events.attendeePanel.emptyTitle'), description: t('events.attendeePanel.emptyBody') }}
      >
        <Table.ScrollContainer minWidth={600}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('events.attendeePanel.name')}</Table.Th>
                <Table.Th>{t('events.attendeePanel.side')}</Table.Th>
                <Table.Th>{t('events.attendeePanel.slots')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {attendees.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Text size="sm">{a.name}</Text>
                    {a.organizationName && (
                      <Text size="xs" c="dimmed">
                        {a.organizationName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`events.side.${a.side}`)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <MultiSelect
                      aria-label={t('events.attendeePanel.slotsOf', { name: a.name })}
                      data={slotOptions}
                      value={a.availableSlotIds}
                      onChange={(ids) => void setSlots(a.id, ids)}
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('events.attendeePanel.remove', { name: a.name })} onClick={() => void remove(a.id)}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMoreButton hasNextPage={hasNextPage} loading={loadingMore} onLoadMore={loadMore} />
      </QueryState>
    </Stack>
  );
}

function ImportForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const { importAttendees, loading } = useImportEventAttendees();
  const [result, setResult] = useState<ImportResult | null>(null);
  const form = useForm({
    initialValues: { side: EventSide.CompanyEmployee as EventSide, emails: '' },
    validate: {
      emails: (value) => {
        const emails = parseEmails(value);
        if (emails.length === 0) return t('events.attendeePanel.validation.emailsRequired');
        return emails.length > MAX_EMAILS ? t('events.attendeePanel.validation.tooMany', { max: MAX_EMAILS }) : null;
      },
    },
  });
  const { formError, handleError, clear } = useServerFormErrors(form);
  const emailCount = parseEmails(form.values.emails).length;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        clear();
        setResult(null);
        try {
          setResult(await importAttendees({ eventId, side: values.side, emails: parseEmails(values.emails) }));
          form.setFieldValue('emails', '');
        } catch (error) {
          handleError(error);
        }
      })}
    >
      <Stack gap="xs">
        <FormErrorAlert error={formError} />
        <Group align="flex-start" grow>
          <NativeSelect label={t('events.attendeePanel.side')} data={SIDES.map((side) => ({ value: side, label: t(`events.side.${side}`) }))} {...form.getInputProps('side')} />
          <Textarea
            label={t('events.attendeePanel.emails')}
            description={emailCount > 1 ? t('events.attendeePanel.emailsCount', { count: emailCount }) : t('events.attendeePanel.emailsHelp')}
            autosize
            minRows={1}
            maxRows={10}
            {...form.getInputProps('emails')}
          />
        </Group>
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('events.attendeePanel.add')}
        </Button>
        {result && <ImportResultView result={result} />}
      </Stack>
    </form>
  );
}

function ImportResultView({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const groups = [
    { key: 'added', emails: result.added, color: 'green' },
    { key: 'alreadyAttending', emails: result.alreadyAttending, color: 'gray' },
    { key: 'notFound', emails: result.notFound, color: 'yellow' },
    { key: 'notEligible', emails: result.notEligible, color: 'yellow' },
  ] as const;
  return (
    <Alert title={t('events.attendeePanel.resultTitle')} role="status">
      <Stack gap={4}>
        {groups
          .filter((g) => g.emails.length > 0)
          .map((g) => (
            <Text key={g.key} size="sm">
              <Badge color={g.color} variant="light" mr="xs">
                {t(`events.attendeePanel.result.${g.key}`, { count: g.emails.length })}
              </Badge>
              {g.emails.join(', ')}
            </Text>
          ))}
      </Stack>
    </Alert>
  );
}
