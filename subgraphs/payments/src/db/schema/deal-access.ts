import { dealAccessTable } from '@crm/deal-access';
import { paymentsSchema } from './payments-schema';

/** Who stands how to a deal whose money this is: a read model of the CRM deal events (ADR 0009, 0015). */
export const dealAccess = dealAccessTable(paymentsSchema, { eventTimeColumn: 'state_at' });

export type DealAccessRow = typeof dealAccess.$inferSelect;
