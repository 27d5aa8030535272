import { busTables } from '@crm/platform/bus';
import { documentsSchema } from './documents-schema';

export const { outbox, inbox, deadLetters } = busTables(documentsSchema);
