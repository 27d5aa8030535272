import { z } from 'zod';
import { uuid } from '../values';
import { defineEvent } from './define-event';

/**
 * A notification landed in a reader's inbox. Thin on purpose (ids only): the router's `notificationAdded`
 * reads the notification itself as its recipient, so no text ever travels on the bus.
 */
export const notificationsNotificationAdded = defineEvent(
  'notifications.notification.added',
  1,
  z.object({ notificationId: uuid, organizationId: uuid, recipientId: uuid, kind: z.string() }),
);
