import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState } from 'react';

import {
  MarkMessagesReadDocument,
  MatchThreadDocument,
  MessageAddedDocument,
  type MessageFieldsFragment,
  PostMessageDocument,
  UnreadMessageCountDocument,
} from '../../../generated/graphql';

/** A match's thread can be written while the match is live; the server says the same. */
export const WRITABLE_STATUSES: readonly string[] = ['OFFERED', 'CONFIRMED', 'ACTIVE'];

const PAGE = 50;

export interface MatchThreadState {
  messages: MessageFieldsFragment[];
  status: string | null;
  loading: boolean;
  error: unknown;
  hasOlder: boolean;
  loadOlder: () => void;
  post: (body: string) => Promise<boolean>;
  posting: boolean;
  refetch: () => void;
}

/** The thread of one match: its messages (newest last), kept live through the messageAdded subscription and marked read while shown. */
export function useMatchThread(matchId: string): MatchThreadState {
  const { data, loading, error, refetch, fetchMore } = useQuery(MatchThreadDocument, { variables: { matchId, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const [older, setOlder] = useState<MessageFieldsFragment[]>([]);
  const [live, setLive] = useState<MessageFieldsFragment[]>([]);
  const [markRead] = useMutation(MarkMessagesReadDocument, { refetchQueries: [UnreadMessageCountDocument] });
  const [postMutation, { loading: posting }] = useMutation(PostMessageDocument);

  useSubscription(MessageAddedDocument, {
    variables: { matchId },
    onData: ({ data: event }) => {
      const added = event.data?.messageAdded;
      if (!added) return;
      setLive((current) => (current.some((m) => m.id === added.id) ? current : [...current, added]));
      void markRead({ variables: { matchId } }).catch(() => undefined);
    },
  });

  const page = data?.matchMessages;
  const loaded = page !== undefined;
  const newestLoaded = page?.nodes.at(-1)?.id;
  // Shown means read: mark the thread once it has loaded and whenever its newest message changes.
  useEffect(() => {
    if (!loaded) return;
    void markRead({ variables: { matchId } }).catch(() => undefined);
  }, [matchId, loaded, newestLoaded, markRead]);

  const messages = useMemo(() => {
    const seen = new Set<string>();
    return [...older, ...(page?.nodes ?? []), ...live].filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
  }, [older, page, live]);

  const [cursor, setCursor] = useState<{ endCursor: string | null; hasNextPage: boolean } | null>(null);
  const pageInfo = cursor ?? page?.pageInfo ?? null;

  const loadOlder = useCallback(() => {
    if (!pageInfo?.endCursor) return;
    void fetchMore({ variables: { matchId, first: PAGE, after: pageInfo.endCursor }, updateQuery: (previous) => previous }).then(({ data: more }) => {
      if (!more) return;
      setOlder((current) => [...more.matchMessages.nodes, ...current]);
      setCursor(more.matchMessages.pageInfo);
    });
  }, [fetchMore, matchId, pageInfo]);

  const post = useCallback(
    async (body: string) => {
      const result = await postMutation({ variables: { matchId, body } });
      const added = result.data?.postMessage;
      if (!added) return false;
      setLive((current) => (current.some((m) => m.id === added.id) ? current : [...current, added]));
      return true;
    },
    [matchId, postMutation],
  );

  return {
    messages,
    status: data?.match.status ?? null,
    loading: loading && !data,
    error,
    hasOlder: pageInfo?.hasNextPage ?? false,
    loadOlder,
    post,
    posting,
    refetch: () => void refetch(),
  };
}

/** The menu's count of unread messages, refreshed now and then and whenever a thread is marked read. */
export function useUnreadMessages(): number {
  const { data } = useQuery(UnreadMessageCountDocument, { fetchPolicy: 'cache-and-network', pollInterval: 60_000 });
  return data?.unreadMessageCount ?? 0;
}
