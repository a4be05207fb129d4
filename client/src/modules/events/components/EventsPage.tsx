import { Badge, Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { EventsWhen } from '../../../generated/graphql';
import { useRoles } from '../../auth/hooks/useRoles';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useEvents } from '../hooks/useEvent';

/** The events one organizes or attends; the tab lives in the URL so a reload keeps it. */
export function EventsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const curator = useRoles().has('curator');
  const [params, setParams] = useSearchParams();
  const when = params.get('when') === EventsWhen.Past ? EventsWhen.Past : EventsWhen.Upcoming;
  const { events, loading, error, refetch, hasNextPage, loadingMore, loadMore } = useEvents(when);
  return (
    <Stack>
      <PageHeader
        title={t('events.list.title')}
        description={t('events.list.description')}
        actions={
          curator && (
            <Button component={Link} to="/events/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('events.list.new')}
            </Button>
          )
        }
      />
      <SegmentedControl
        aria-label={t('events.list.when')}
        value={when}
        onChange={(value) => setParams(value === EventsWhen.Past ? { when: EventsWhen.Past } : {}, { replace: true })}
        data={[
          { value: EventsWhen.Upcoming, label: t('events.list.upcoming') },
          { value: EventsWhen.Past, label: t('events.list.past') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <QueryState
        loading={loading}
        error={error}
        onRetry={refetch}
        empty={events.length === 0}
        emptyState={{ title: t(when === EventsWhen.Past ? 'events.list.noPastTitle' : 'events.list.noUpcomingTitle'), description: t('events.list.emptyBody') }}
      >
        {events.map((event) => (
          <Card key={event.id} withBorder component={Link} to={`/events/${event.id}`}>
            <Group justify="space-between">
              <Stack gap={2}>
                <Text fw={600}>{event.name}</Text>
                <Text size="sm" c="dimmed">
                  {event.startsOn === event.endsOn ? format.date(event.startsOn) : `${format.date(event.startsOn)} – ${format.date(event.endsOn)}`} · {event.timeZone}
                </Text>
              </Stack>
              <Group gap="xs">
                <Badge variant="light">{t(`events.kind.${event.kind}`)}</Badge>
                <Badge variant="outline">{t(`events.status.${event.scheduleStatus}`)}</Badge>
              </Group>
            </Group>
          </Card>
        ))}
        <LoadMoreButton hasNextPage={hasNextPage} loading={loadingMore} onLoadMore={loadMore} />
      </QueryState>
    </Stack>
  );
}
