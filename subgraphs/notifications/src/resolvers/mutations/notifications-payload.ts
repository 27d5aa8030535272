import type { NotificationRow } from '../../db/schema';

/** The changed notifications with the caller's unread count after the change (for the bell). */
export interface NotificationsPayloadValue {
  notifications: NotificationRow[];
  unreadCount: number;
}
