import { knownUsersTable } from '@crm/deal-access';
import { crmSchema } from './crm-schema';

/** Read model of Auth's users: who may own or take part in a deal (`auth.user.*` events; ADR 0017). */
export const knownUsers = knownUsersTable(crmSchema);

export type KnownUserRow = typeof knownUsers.$inferSelect;
