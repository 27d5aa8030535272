import { dealAccessTable } from '@crm/deal-access';
import { tasksSchema } from './tasks-schema';

/** Read model of who stands how to each CRM deal (fed by `crm.deal.*` events; ADR 0008, 0015). */
export const dealAccess = dealAccessTable(tasksSchema, { eventTimeColumn: 'event_time', ownerIndex: 'deal_access_organization_owner_idx' });

export type DealAccessRow = typeof dealAccess.$inferSelect;
