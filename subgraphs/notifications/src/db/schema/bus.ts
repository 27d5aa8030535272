import { busTables } from '@crm/platform/bus';
import { notificationsSchema } from './notifications-schema';

export const { outbox, inbox, deadLetters } = busTables(notificationsSchema);
