import { useQuery, useSubscription } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { NotificationAddedDocument, type NotificationFieldsFragment, UnreadNotificationCountDocument } from '../../../generated/graphql';
import { notificationTarget } from '../notificationTarget';
import { createToastBatch, type ToastBatch } from '../toastBatch';

// A matching run inserts its proposals within a second or two; this window gathers them.
const PROPOSAL_BURST_MS = 2000;

/**
 * The bell's count, kept live: each pushed notification bumps it and shows a toast that opens what
 * it is about. New proposals come in bursts from matching runs and make one summary toast per burst.
 */
export function useUnreadNotifications(): number {
  const navigate = useNavigate();
  const { t } = useTranslation();
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-and-network' });
  const show = (title: string, message: string, target: string | undefined) =>
    // Clicking the toast opens what it is about, like the notifications page and the email.
    notifications.show({ title, message, onClick: target ? () => void navigate(target) : undefined, style: target ? { cursor: 'pointer' } : undefined });
  const flush = (items: NotificationFieldsFragment[]) => {
    const [first] = items;
    if (!first) return;
    if (items.length === 1) show(first.title, first.body, notificationTarget(first));
    else show(t('notifications.proposalsSummary', { count: items.length }), t('notifications.proposalsSummaryBody'), notificationTarget(first));
  };
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  const proposals = useRef<ToastBatch<NotificationFieldsFragment> | null>(null);
  useEffect(() => {
    const batch = createToastBatch<NotificationFieldsFragment>(PROPOSAL_BURST_MS, (items) => flushRef.current(items));
    proposals.current = batch;
    return () => batch.cancel();
  }, []);
  useSubscription(NotificationAddedDocument, {
    onData: ({ data: event }) => {
      const added = event.data?.notificationAdded;
      if (!added) return;
      if (added.kind === 'PROPOSAL_NEW' && proposals.current) proposals.current.add(added);
      else show(added.title, added.body, notificationTarget(added));
      void refetch();
    },
  });
  return data?.unreadNotificationCount ?? 0;
}
