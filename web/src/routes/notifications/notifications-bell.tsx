import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Badge } from 'antd';
import { execute } from '../../graphql/execute';
import { useLiveInvalidation } from '../../graphql/live';
import { useLocale } from '../../i18n/locale';
import { NotificationsTasksLive, UnreadNotificationsCountQuery } from './notifications-operations';

/** Notifications follow task and deal events a moment later (they go through the outbox), so the count is also re-read every so often. */
const RECHECK_MS = 15_000;

/** The header's bell: the unread count, live; a click opens the inbox. */
export function NotificationsBell() {
  const { t } = useLocale();
  useLiveInvalidation(NotificationsTasksLive, {}, [['notifications']]);
  const unread = useQuery({ queryKey: ['notifications', 'unread'], queryFn: () => execute(UnreadNotificationsCountQuery), refetchInterval: RECHECK_MS });
  const count = unread.data?.unreadNotificationsCount ?? 0;
  return (
    <Link to="/notifications" aria-label={t('notifications.bell', { count })} data-testid="notifications-bell" style={{ display: 'inline-flex', padding: 4 }}>
      <Badge count={count} size="small" color="#cf1322">
        <svg aria-hidden viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="#fff" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.7 21a2 2 0 0 1-3.4 0" />
        </svg>
      </Badge>
    </Link>
  );
}
