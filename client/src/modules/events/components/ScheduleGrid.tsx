import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { EventPageQuery } from '../../../generated/graphql';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { EmptyState } from '../../ui/components/EmptyState';
import { useOfferFromEventMeeting } from '../hooks/useEvent';

type EventView = NonNullable<EventPageQuery['event']>;

/** Rooms down, slots across: each cell is who meets there and then, with the offer where the curator may make it. */
export function ScheduleGrid({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { offer, loading: offering } = useOfferFromEventMeeting();
  if (event.schedule.length === 0) return <EmptyState title={t('events.noScheduleTitle')} description={t('events.noScheduleBody')} />;
  const cell = new Map(event.schedule.map((m) => [`${m.roomId}:${m.slotId}`, m]));
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table withTableBorder withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('events.room')}</Table.Th>
            {event.slots.map((s) => (
              <Table.Th key={s.id}>{format.dateTime(s.startsAt)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {event.rooms.map((room) => (
            <Table.Tr key={room.id}>
              <Table.Th>{room.name}</Table.Th>
              {event.slots.map((slot) => {
                const m = cell.get(`${room.id}:${slot.id}`);
                return (
                  <Table.Td key={slot.id}>
                    {m && (
                      <Text size="sm">
                        {m.hostOrganization} · {m.guestName}
                      </Text>
                    )}
                    {m?.canOffer && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        mt={4}
                        loading={offering}
                        onClick={() => void offer(m.meetingId)}
                        aria-label={t('events.makeOfferTo', { name: m.guestName, organization: m.hostOrganization })}
                      >
                        {t('events.makeOffer')}
                      </Button>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
