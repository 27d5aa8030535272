import { busTables } from '@crm/platform/bus';
import { auditSchema } from './audit-schema';

export const { outbox, inbox, deadLetters } = busTables(auditSchema);
