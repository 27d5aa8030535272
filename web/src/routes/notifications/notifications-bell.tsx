import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Badge } from 'antd';
import { execute } from '../../graphql/execute';
import { liveFallbackInterval, useLiveInvalidation } from '../../graphql/live';
import { useLocale } from '../../i18n/locale';
import { NotificationAddedLive, UnreadNotificationsCountQuery } from './notifications-operations';

/** Only while the live socket is down: then the count is re-read this often instead of being pushed. */
const FALLBACK_POLL_MS = 60_000;
const fallbackPoll = liveFallbackInterval(FALLBACK_POLL_MS);

/** The header's bell: the unread count, live; a click opens the inbox. */
export function NotificationsBell() {
  const { t } = useLocale();
  // Each new notification (`notificationAdded`) refetches the count and the open inbox; reading, archiving invalidate them too.
  useLiveInvalidation(NotificationAddedLive, {}, [['notifications']]);
  const unread = useQuery({ queryKey: ['notifications', 'unread'], queryFn: () => execute(UnreadNotificationsCountQuery), refetchInterval: fallbackPoll });
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
