import { ActionIcon, Indicator } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useUnreadMessages } from '../hooks/useMatchThread';

/** The header's count of unread match messages, leading to the inbox. */
export function UnreadMessagesBadge({ unreadCount }: { unreadCount: number }) {
  const { t } = useTranslation();
  const label = unreadCount > 0 ? t('messages.unreadCount', { count: unreadCount }) : t('messages.title');
  return (
    <Indicator label={unreadCount > 99 ? '99+' : unreadCount} size={16} disabled={unreadCount === 0} offset={4} color="teal">
      <ActionIcon component={Link} to="/messages" variant="subtle" size="lg" aria-label={label}>
        <IconMessages size={20} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}

export function LiveUnreadMessagesBadge() {
  return <UnreadMessagesBadge unreadCount={useUnreadMessages()} />;
}
