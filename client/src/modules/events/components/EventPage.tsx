import { Button, SimpleGrid, Stack } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import type { EventPageQuery } from '../../../generated/graphql';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { StatCard } from '../../impact/components/StatCard';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useEvent, useScheduleEvent } from '../hooks/useEvent';
import { AgendaView } from './AgendaView';
import { AttendeePanel } from './AttendeePanel';
import { ScheduleGrid } from './ScheduleGrid';

export function EventPage() {
  const { eventId = '' } = useParams();
  const { event, loading, error, refetch } = useEvent(eventId);
  return (
    <QueryState loading={loading} error={error} onRetry={refetch}>
      {event && (event.attendeeCount === null ? <AgendaView eventId={event.id} eventName={event.name} /> : <CuratorEventView event={event} />)}
    </QueryState>
  );
}

type EventView = NonNullable<EventPageQuery['event']>;

/** attendeeCount is answered to curators only, so its presence says who is looking. */
function CuratorEventView({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { schedule, loading } = useScheduleEvent();
  const quality = event.scheduleQuality;
  return (
    <Stack>
      <PageHeader
        title={event.name}
        description={t(`events.status.${event.scheduleStatus}`)}
        actions={
          <>
            <Button component={Link} to={`/events/${event.id}/edit`} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>
              {t('events.edit')}
            </Button>
            <Button onClick={() => void schedule(event.id)} loading={loading || event.scheduleStatus === 'QUEUED' || event.scheduleStatus === 'RUNNING'}>
              {t('events.schedule')}
            </Button>
          </>
        }
      />
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <StatCard label={t('events.attendees')} value={format.number(event.attendeeCount ?? 0)} />
        <StatCard label={t('events.slots')} value={format.number(event.slots.length)} />
        {quality && <StatCard label={t('events.totalScore')} value={format.number(quality.totalScore, { maximumFractionDigits: 1 })} />}
        {quality?.greedyScore != null && (
          <StatCard
            label={t('events.greedyScore')}
            value={t('events.greedyComparison', {
              greedy: format.number(quality.greedyScore, { maximumFractionDigits: 1 }),
              gain: format.number(quality.totalScore - quality.greedyScore, { maximumFractionDigits: 1, signDisplay: 'always' }),
            })}
          />
        )}
        {quality && (
          <StatCard
            label={t('events.meetingsPerPerson')}
            value={t('events.minMeanMax', {
              min: quality.meetingsPerPerson.min,
              mean: format.number(quality.meetingsPerPerson.mean, { maximumFractionDigits: 1 }),
              max: quality.meetingsPerPerson.max,
            })}
          />
        )}
        {quality && <StatCard label={t('events.unmetMinimums')} value={format.number(quality.unmetMinimums)} />}
      </SimpleGrid>
      <ScheduleGrid event={event} />
      <AttendeePanel eventId={event.id} slots={event.slots} />
    </Stack>
  );
}
