import { NotificationsBell } from '../../shell/components/NotificationsBell';
import { useUnreadNotifications } from '../hooks/useUnreadNotifications';

export function LiveNotificationsBell() {
  return <NotificationsBell unreadCount={useUnreadNotifications()} />;
}
