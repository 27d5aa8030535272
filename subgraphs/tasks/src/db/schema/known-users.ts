import { knownUsersTable } from '@crm/deal-access';
import { tasksSchema } from './tasks-schema';

/** Read model of Auth's users: who may be an assignee (`@crm/deal-access`, ADR 0008, 0017). */
export const knownUsers = knownUsersTable(tasksSchema);

export type KnownUserRow = typeof knownUsers.$inferSelect;
