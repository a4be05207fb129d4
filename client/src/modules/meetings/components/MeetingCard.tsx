import { Badge, Button, Card, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { MeetingFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../i18n/hooks/useFormatters';

type Slot = MeetingFieldsFragment['slots'][number];

/** The time in the proposer's zone, for the reader to compare with their own. */
function inZone(iso: string, timeZone: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(iso));
  } catch {
    return '';
  }
}

function SlotText({ slot, timeZone }: { slot: Slot; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  return (
    <span>
      {t('meetings.slot', { when: format.dateTime(slot.startsAt), minutes: slot.durationMinutes })}{' '}
      <Text span size="xs" c="dimmed">
        {t('meetings.inZone', { time: inZone(slot.startsAt, timeZone, i18n.language), zone: timeZone })}
      </Text>
    </span>
  );
}

interface Props {
  meeting: MeetingFieldsFragment;
  busy: boolean;
  onPick: (slotId: string) => void;
  onWithdraw: () => void;
  onDownload: () => void;
}

/** One proposal: the times to pick from, or the chosen time with its calendar file. */
export function MeetingCard({ meeting, busy, onPick, onWithdraw, onDownload }: Props) {
  const { t } = useTranslation();
  const [slotId, setSlotId] = useState<string | null>(null);
  const chosen = meeting.status === 'CHOSEN' ? meeting.chosenSlot : null;
  return (
    <Card withBorder padding="md" aria-label={t(`meetings.kind.${meeting.kind}`)} data-testid={`meeting-${meeting.kind}`}>
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={700}>{t(`meetings.kind.${meeting.kind}`)}</Text>
          <Badge variant="light" color={chosen ? 'green' : 'blue'}>
            {t(`meetings.status.${meeting.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('meetings.proposedBy', { name: meeting.proposedBy?.name ?? t('meetings.formerMember') })}
        </Text>
        {meeting.location && <Text size="sm">{t('meetings.location', { location: meeting.location })}</Text>}
        {chosen ? (
          <>
            <Text data-testid="meeting-chosen-slot">
              <SlotText slot={chosen} timeZone={meeting.timeZone} />
            </Text>
            <Button variant="light" onClick={onDownload} loading={busy} style={{ alignSelf: 'flex-start' }}>
              {t('meetings.addToCalendar')}
            </Button>
          </>
        ) : meeting.canPick ? (
          <>
            <Radio.Group value={slotId} onChange={setSlotId} label={t('meetings.pickLabel')}>
              <Stack gap={6} mt={4}>
                {meeting.slots.map((slot) => (
                  <Radio key={slot.id} value={slot.id} label={<SlotText slot={slot} timeZone={meeting.timeZone} />} />
                ))}
              </Stack>
            </Radio.Group>
            <Button disabled={!slotId} loading={busy} onClick={() => slotId && onPick(slotId)} style={{ alignSelf: 'flex-start' }}>
              {t('meetings.pick')}
            </Button>
          </>
        ) : (
          <>
            <Stack gap={2} component="ul" m={0} pl="md">
              {meeting.slots.map((slot) => (
                <Text component="li" size="sm" key={slot.id}>
                  <SlotText slot={slot} timeZone={meeting.timeZone} />
                </Text>
              ))}
            </Stack>
            <Text size="sm" c="dimmed">
              {t('meetings.waiting')}
            </Text>
            {meeting.canWithdraw && (
              <Button variant="subtle" color="red" size="compact-sm" onClick={onWithdraw} loading={busy} style={{ alignSelf: 'flex-start' }}>
                {t('meetings.withdraw')}
              </Button>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
