import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotificationsBell({ unreadCount = 0 }: { unreadCount?: number }) {
  const { t } = useTranslation();
  const label = unreadCount > 0 ? t('shell.unreadNotifications', { count: unreadCount }) : t('shell.notifications');
  return (
    <Indicator label={unreadCount > 99 ? '99+' : unreadCount} size={16} disabled={unreadCount === 0} offset={4}>
      <ActionIcon component={Link} to="/notifications" variant="subtle" size="lg" aria-label={label}>
        <IconBell size={20} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
