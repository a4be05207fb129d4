import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconCalendarDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '../../i18n/hooks/useFormatters';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useMyAgenda, useOfferFromEventMeeting, useRateEventMeeting } from '../hooks/useEvent';

const RATINGS = [1, 2, 3, 4, 5];

/** An attendee's own meetings, with the agenda as an .ics file, a 1-5 rating per meeting, and the offer where the host may make one. */
export function AgendaView({ eventId, eventName }: { eventId: string; eventName: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { agenda, loading, error, refetch } = useMyAgenda(eventId, false);
  const rate = useRateEventMeeting();
  const { offer, loading: offering } = useOfferFromEventMeeting();
  const icsHref = agenda ? `data:text/calendar;charset=utf-8,${encodeURIComponent(agenda.ics)}` : undefined;
  return (
    <Stack>
      <PageHeader
        title={eventName}
        description={t('events.agendaDescription')}
        actions={
          icsHref && (
            <Button component="a" href={icsHref} download="agenda.ics" variant="default" leftSection={<IconCalendarDown size={16} aria-hidden />}>
              {t('events.downloadIcs')}
            </Button>
          )
        }
      />
      <QueryState
        loading={loading}
        error={error}
        onRetry={refetch}
        empty={agenda?.meetings.length === 0}
        emptyState={{ title: t('events.noMeetingsTitle'), description: t('events.noMeetingsBody') }}
      >
        {agenda?.meetings.map((m) => (
          <Card key={m.meetingId} withBorder>
            <Group justify="space-between" align="flex-start">
              <Stack gap={2}>
                <Text fw={600}>
                  {format.dateTime(m.startsAt)} · {m.roomName}
                </Text>
                <Text>{m.counterpartOrganization ? `${m.counterpartName} (${m.counterpartOrganization})` : m.counterpartName}</Text>
                {m.videoLink && <Text size="sm">{m.videoLink}</Text>}
                <Text size="sm" c="dimmed">
                  {m.reasons}
                </Text>
              </Stack>
              <Stack gap={2} align="flex-end">
                <Text size="sm">{t('events.rate')}</Text>
                <Group gap={4}>
                  {RATINGS.map((n) => (
                    <Button
                      key={n}
                      size="compact-sm"
                      variant={m.myRating === n ? 'filled' : 'default'}
                      aria-pressed={m.myRating === n}
                      aria-label={t('events.rateValue', { rating: n })}
                      onClick={() => void rate(m.meetingId, n)}
                    >
                      {n}
                    </Button>
                  ))}
                </Group>
                {m.canOffer && (
                  <Button size="compact-sm" mt="xs" loading={offering} onClick={() => void offer(m.meetingId)}>
                    {t('events.makeOffer')}
                  </Button>
                )}
              </Stack>
            </Group>
          </Card>
        ))}
      </QueryState>
    </Stack>
  );
}
