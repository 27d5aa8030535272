import { pgSchema } from 'drizzle-orm/pg-core';

/** Every Notifications table lives in the `notifications` Postgres schema; no other subgraph reads it. */
export const notificationsSchema = pgSchema('notifications');
