import { knownUsersTable } from '@crm/deal-access';
import { notificationsSchema } from './notifications-schema';

/** Read model of Auth's users (`auth.user.*` events, `@crm/deal-access`): who an organisation's active admins are. */
export const knownUsers = knownUsersTable(notificationsSchema);
