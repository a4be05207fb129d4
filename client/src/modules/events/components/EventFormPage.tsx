import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { CreateEventDocument, EventKind, UpdateEventDocument } from '../../../generated/graphql';
import { useAuth } from '../../auth/hooks/useAuth';
import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useServerFormErrors } from '../../ui/hooks/useServerFormErrors';
import { useEvent } from '../hooks/useEvent';

interface SlotValue {
  startsAt: string;
  endsAt: string;
}
interface RoomValue {
  name: string;
  videoLink: string;
}
export interface EventFormValues {
  name: string;
  kind: EventKind;
  timeZone: string;
  startsOn: string;
  endsOn: string;
  minMeetingsPerNonprofit: number;
  slots: SlotValue[];
  rooms: RoomValue[];
}

// Slots are typed as local wall-clock times of this browser (datetime-local) and sent as instants.
const toInstant = (local: string) => new Date(local).toISOString();
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** /events/new: a curator's new event with its slots and rooms. */
export function NewEventPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useAuth();
  const organizerId = viewer?.memberships.find((m) => m.organization.kind === 'INTERMEDIARY')?.organization.id ?? null;
  const [create, { loading }] = useMutation(CreateEventDocument, { refetchQueries: ['Events'] });
  return (
    <Stack maw={760}>
      <PageHeader title={t('events.form.newTitle')} />
      <EventForm
        withSchedule
        submitting={loading}
        submitLabel={t('events.form.create')}
        initialValues={{
          name: '',
          kind: EventKind.InPerson,
          timeZone: browserZone(),
          startsOn: '',
          endsOn: '',
          minMeetingsPerNonprofit: 1,
          slots: [{ startsAt: '', endsAt: '' }],
          rooms: [{ name: '', videoLink: '' }],
        }}
        onSubmit={async (values) => {
          if (!organizerId) return;
          const { data } = await create({
            variables: {
              input: {
                organizerId,
                name: values.name,
                kind: values.kind,
                timeZone: values.timeZone,
                startsOn: values.startsOn,
                endsOn: values.endsOn,
                minMeetingsPerNonprofit: values.minMeetingsPerNonprofit,
                slots: values.slots.map((s) => ({ startsAt: toInstant(s.startsAt), endsAt: toInstant(s.endsAt) })),
                rooms: values.rooms.map((r) => ({ name: r.name.trim(), videoLink: r.videoLink.trim() || null })),
              },
            },
          });
          if (data) void navigate(`/events/${data.createEvent.id}`);
        }}
      />
    </Stack>
  );
}

/** /events/:eventId/edit: name, dates, time zone and the minimum; slots and rooms are fixed once created. */
export function EditEventPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { eventId = '' } = useParams();
  const { event, loading, error, refetch } = useEvent(eventId);
  const [update, { loading: saving }] = useMutation(UpdateEventDocument, { refetchQueries: ['EventPage', 'Events'] });
  return (
    <Stack maw={760}>
      <PageHeader title={t('events.form.editTitle')} />
      <QueryState loading={loading} error={error} onRetry={refetch}>
        {event && (
          <EventForm
            submitting={saving}
            submitLabel={t('events.form.save')}
            initialValues={{ ...event, slots: [], rooms: [] }}
            onSubmit={async (values) => {
              await update({
                variables: {
                  input: {
                    eventId,
                    name: values.name,
                    timeZone: values.timeZone,
                    startsOn: values.startsOn,
                    endsOn: values.endsOn,
                    minMeetingsPerNonprofit: values.minMeetingsPerNonprofit,
                  },
                },
              });
              void navigate(`/events/${eventId}`);
            }}
          />
        )}
      </QueryState>
    </Stack>
  );
}

export function EventForm({
  initialValues,
  onSubmit,
  submitting,
  submitLabel,
  withSchedule = false,
}: {
  initialValues: EventFormValues;
  onSubmit: (values: EventFormValues) => Promise<void>;
  submitting: boolean;
  submitLabel: string;
  withSchedule?: boolean;
}) {
  const { t } = useTranslation();
  const form = useForm<EventFormValues>({
    initialValues,
    validate: {
      name: (value) => (value.trim() ? null : t('events.form.validation.nameRequired')),
      startsOn: (value) => (value ? null : t('events.form.validation.dateRequired')),
      endsOn: (value, values) => (!value ? t('events.form.validation.dateRequired') : value < values.startsOn ? t('events.form.validation.datesOrder') : null),
      slots: {
        startsAt: (value) => (withSchedule && !value ? t('events.form.validation.timeRequired') : null),
        endsAt: (value, values, path) => {
          if (!withSchedule) return null;
          const slot = values.slots[Number(path.split('.')[1])];
          if (!value) return t('events.form.validation.timeRequired');
          return slot && value <= slot.startsAt ? t('events.form.validation.slotOrder') : null;
        },
      },
      rooms: { name: (value) => (withSchedule && !value.trim() ? t('events.form.validation.roomRequired') : null) },
    },
  });
  const { formError, handleError, clear } = useServerFormErrors(form);
  return (
    <form
      onSubmit={form.onSubmit(async (values) => {
        clear();
        try {
          await onSubmit({ ...values, name: values.name.trim() });
        } catch (error) {
          handleError(error);
        }
      })}
      noValidate
    >
      <Stack gap="sm">
        <FormErrorAlert error={formError} />
        <TextInput label={t('events.form.name')} required maxLength={200} {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {withSchedule && (
            <NativeSelect
              label={t('events.form.kind')}
              data={[
                { value: EventKind.InPerson, label: t('events.kind.IN_PERSON') },
                { value: EventKind.Virtual, label: t('events.kind.VIRTUAL') },
              ]}
              {...form.getInputProps('kind')}
            />
          )}
          <TextInput label={t('events.form.timeZone')} description="Asia/Tokyo, Europe/Berlin" required maxLength={64} {...form.getInputProps('timeZone')} />
          <TextInput type="date" label={t('events.form.startsOn')} required {...form.getInputProps('startsOn')} />
          <TextInput type="date" label={t('events.form.endsOn')} required {...form.getInputProps('endsOn')} />
          <NumberInput
            label={t('events.form.minMeetings')}
            description={t('events.form.minMeetingsHelp')}
            min={0}
            max={10}
            allowDecimal={false}
            {...form.getInputProps('minMeetingsPerNonprofit')}
          />
        </SimpleGrid>
        {withSchedule && (
          <>
            <Title order={2} size="h4">
              {t('events.form.slots')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('events.form.slotsHelp')}
            </Text>
            <EditableRows
              count={form.values.slots.length}
              removeLabel={(n) => t('events.form.removeSlot', { n })}
              onRemove={(i) => form.removeListItem('slots', i)}
              addLabel={t('events.form.addSlot')}
              onAdd={() => form.insertListItem('slots', { startsAt: '', endsAt: '' })}
            >
              {(i) => (
                <>
                  <TextInput type="datetime-local" label={t('events.form.slotStart', { n: i + 1 })} {...form.getInputProps(`slots.${i}.startsAt`)} />
                  <TextInput type="datetime-local" label={t('events.form.slotEnd', { n: i + 1 })} {...form.getInputProps(`slots.${i}.endsAt`)} />
                </>
              )}
            </EditableRows>
            <Title order={2} size="h4">
              {t('events.form.rooms')}
            </Title>
            <EditableRows
              count={form.values.rooms.length}
              removeLabel={(n) => t('events.form.removeRoom', { n })}
              onRemove={(i) => form.removeListItem('rooms', i)}
              addLabel={t('events.form.addRoom')}
              onAdd={() => form.insertListItem('rooms', { name: '', videoLink: '' })}
            >
              {(i) => (
                <>
                  <TextInput label={t('events.form.roomName', { n: i + 1 })} maxLength={120} {...form.getInputProps(`rooms.${i}.name`)} />
                  <TextInput label={t('events.form.videoLink')} placeholder="https://" maxLength={500} {...form.getInputProps(`rooms.${i}.videoLink`)} />
                </>
              )}
            </EditableRows>
          </>
        )}
        <Button type="submit" loading={submitting} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}

/** The rows of a list in the form, each with its remove button (the last one stays), and a button adding one. */
function EditableRows({
  count,
  removeLabel,
  onRemove,
  addLabel,
  onAdd,
  children,
}: {
  count: number;
  removeLabel: (n: number) => string;
  onRemove: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
  children: (index: number) => ReactNode;
}) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <Group key={i} align="flex-end" wrap="nowrap">
          {children(i)}
          <ActionIcon variant="subtle" color="red" aria-label={removeLabel(i + 1)} disabled={count === 1} onClick={() => onRemove(i)}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd} style={{ alignSelf: 'flex-start' }}>
        {addLabel}
      </Button>
    </>
  );
}
