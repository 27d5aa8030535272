import { primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { notificationsSchema } from './notifications-schema';

/**
 * The devices each user has signed in from (`auth.user.logged_in`), as the SHA-256 of the user agent:
 * a sign-in from one not listed is a new device the user is told of. The agent itself is not kept.
 */
export const seenDevices = notificationsSchema.table(
  'seen_devices',
  {
    userId: uuid('user_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    deviceHash: text('device_hash').notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.deviceHash] })],
);
