import { useQuery, useSubscription } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';

import { NotificationAddedDocument, UnreadNotificationCountDocument } from '../../../generated/graphql';

/** The bell's count, kept live: each pushed notification bumps it and shows a toast. */
export function useUnreadNotifications(): number {
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationAddedDocument, {
    onData: ({ data: event }) => {
      const added = event.data?.notificationAdded;
      if (!added) return;
      notifications.show({ title: added.title, message: added.body });
      void refetch();
    },
  });
  return data?.unreadNotificationCount ?? 0;
}
