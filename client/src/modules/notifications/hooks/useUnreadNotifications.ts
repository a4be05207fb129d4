import { useQuery, useSubscription } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';

import { NotificationAddedDocument, UnreadNotificationCountDocument } from '../../../generated/graphql';
import { notificationTarget } from '../notificationTarget';

/** The bell's count, kept live: each pushed notification bumps it and shows a toast that opens what it is about. */
export function useUnreadNotifications(): number {
  const navigate = useNavigate();
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationAddedDocument, {
    onData: ({ data: event }) => {
      const added = event.data?.notificationAdded;
      if (!added) return;
      const target = notificationTarget(added);
      // Clicking the toast opens what it is about, like the notifications page and the email.
      notifications.show({ title: added.title, message: added.body, onClick: target ? () => void navigate(target) : undefined, style: target ? { cursor: 'pointer' } : undefined });
      void refetch();
    },
  });
  return data?.unreadNotificationCount ?? 0;
}
