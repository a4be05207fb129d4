import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useFormatters } from '../../i18n/hooks/useFormatters';
import type { InboxEntry } from '../inboxItems';

export function InboxList({ entries }: { entries: InboxEntry[] }) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {entries.map((entry) => (
        <li key={entry.key}>
          <InboxCard entry={entry} />
        </li>
      ))}
    </Stack>
  );
}

function InboxCard({ entry }: { entry: InboxEntry }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Card component={Link} to={entry.to} withBorder padding="md">
      <Group justify="space-between" wrap="nowrap">
        <Group wrap="nowrap">
          <Badge size="lg" circle aria-hidden>
            {entry.count}
          </Badge>
          <Stack gap={2}>
            <Text fw={600}>{t(`home.items.${entry.key}`, { count: entry.count })}</Text>
            {entry.deadline && <Text size="sm">{t('home.deadline', { date: format.date(entry.deadline), relative: format.relative(entry.deadline) })}</Text>}
            {!entry.deadline && entry.since && <Text size="sm">{t('home.since', { relative: format.relative(entry.since) })}</Text>}
          </Stack>
        </Group>
        <IconChevronRight size={18} aria-hidden />
      </Group>
    </Card>
  );
}
