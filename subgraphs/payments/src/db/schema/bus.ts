import { busTables } from '@crm/platform/bus';
import { paymentsSchema } from './payments-schema';

export const { outbox, inbox, deadLetters } = busTables(paymentsSchema);
