import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { MarkAllNotificationsReadDocument, MarkNotificationsReadDocument, type NotificationFieldsFragment, NotificationsDocument } from '../../../generated/graphql';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useLoadMore } from '../../ui/hooks/useLoadMore';
import { useNotifyError } from '../../ui/hooks/useNotifyError';

const TARGET: Partial<Record<string, string>> = {
  PROPOSAL_NEW: '/curation/board',
  OFFER_NEW: '/offers',
  OFFER_EXPIRING: '/offers',
  MATCH_CONFIRMED: '/engagements',
  MATCH_COMPLETED: '/engagements',
  HOURS_TO_CONFIRM: '/engagements',
};

function NotificationItem({ item, onOpen }: { item: NotificationFieldsFragment; onOpen: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const domainLabel = useDomainLabel();
  const target = item.kind === 'NEW_MESSAGE' && item.matchId ? `/matches/${item.matchId}/messages` : TARGET[item.kind];
  return (
    <Card withBorder padding="sm" bg={item.readAt ? undefined : 'var(--mantine-color-blue-light)'}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={item.readAt ? 500 : 700}>{item.title}</Text>
          {!item.readAt && <Badge size="xs">{t('notifications.unread')}</Badge>}
        </Group>
        <Text size="sm">{item.body}</Text>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {domainLabel('notificationKind', item.kind)} · {format.relative(item.createdAt)}
          </Text>
          {target && (
            <Anchor component={Link} to={target} size="xs" onClick={onOpen}>
              {t('notifications.open')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

export function NotificationsPage() {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsDocument, { variables: { first: 20 } });
  const more = useLoadMore(data?.notifications, fetchMore);
  const refetchQueries = ['Notifications', 'UnreadNotificationCount'];
  const [markRead] = useMutation(MarkNotificationsReadDocument, { refetchQueries });
  const [markAll, { loading: markingAll }] = useMutation(MarkAllNotificationsReadDocument, { refetchQueries });
  const items = data?.notifications.nodes ?? [];
  return (
    <Stack>
      <PageHeader
        title={t('notifications.title')}
        actions={
          items.some((n) => !n.readAt) && (
            <Button variant="light" leftSection={<IconChecks size={16} aria-hidden />} loading={markingAll} onClick={() => void markAll().catch(notifyError)}>
              {t('notifications.markAllRead')}
            </Button>
          )
        }
      />
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={items.length === 0}
        emptyState={{ title: t('notifications.emptyTitle'), description: t('notifications.emptyBody') }}
      >
        <Stack gap="xs">
          {items.map((item) => (
            <NotificationItem key={item.id} item={item} onOpen={() => void markRead({ variables: { ids: [item.id] } }).catch(notifyError)} />
          ))}
          <LoadMoreButton hasNextPage={more.hasNextPage} loading={more.loadingMore} onLoadMore={more.loadMore} />
        </Stack>
      </QueryState>
    </Stack>
  );
}
