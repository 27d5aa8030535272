import { busTables } from '@crm/platform/bus';
import { crmSchema } from './crm-schema';

export const { outbox, inbox, deadLetters } = busTables(crmSchema);
