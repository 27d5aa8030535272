import { createDealAccessReadModel } from '@crm/deal-access';
import { crmSettings, dealAccess } from '../db/schema';

/** Keeps who stands how to a deal from the CRM deal events (ADR 0009, 0015): newest event wins, never across organisations. */
export const dealAccessReadModel = createDealAccessReadModel(dealAccess, crmSettings);
