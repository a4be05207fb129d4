import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { MessageThreadsDocument, type MessageThreadsQuery } from '../../../generated/graphql';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useLoadMore } from '../../ui/hooks/useLoadMore';

type Thread = MessageThreadsQuery['messageThreads']['nodes'][number];

function ThreadItem({ thread }: { thread: Thread }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const unread = thread.unreadCount > 0;
  return (
    <UnstyledButton component={Link} to={`/matches/${thread.matchId}`} aria-label={t('messages.inboxOpen', { role: thread.roleTitle, need: thread.needTitle })}>
      <Card withBorder padding="sm" bg={unread ? 'var(--mantine-color-blue-light)' : undefined}>
        <Stack gap={4}>
          <Group justify="space-between" wrap="nowrap">
            <Text fw={unread ? 700 : 500}>{t('messages.inboxWith', { name: thread.counterpartName })}</Text>
            {unread && <Badge size="sm">{t('messages.unreadCount', { count: thread.unreadCount })}</Badge>}
          </Group>
          <Text size="sm" c="dimmed">
            {thread.roleTitle} · {thread.needTitle}
            {!thread.writable && ` · ${t('messages.inboxReadOnly')}`}
          </Text>
          {/* Plain text only: React escapes it, so markup in a message shows as typed. */}
          <Text size="sm" lineClamp={2}>
            {thread.lastMessageExcerpt ?? t('messages.inboxNoMessages')}
          </Text>
          {thread.lastMessageAt && (
            <Text size="xs" c="dimmed">
              {format.relative(thread.lastMessageAt)}
            </Text>
          )}
        </Stack>
      </Card>
    </UnstyledButton>
  );
}

/** The inbox: every conversation of the signed-in user, the newest message first. */
export function MessagesInboxPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(MessageThreadsDocument, { variables: { first: 20 } });
  const more = useLoadMore(data?.messageThreads, fetchMore);
  const threads = data?.messageThreads.nodes ?? [];
  return (
    <Stack>
      <PageHeader title={t('messages.inboxTitle')} />
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={threads.length === 0}
        emptyState={{ title: t('messages.inboxEmptyTitle'), description: t('messages.inboxEmptyBody') }}
      >
        <Stack gap="xs">
          {threads.map((thread) => (
            <ThreadItem key={thread.matchId} thread={thread} />
          ))}
          <LoadMoreButton hasNextPage={more.hasNextPage} loading={more.loadingMore} onLoadMore={more.loadMore} />
        </Stack>
      </QueryState>
    </Stack>
  );
}
