import { busTables } from '@crm/platform/bus';
import { authSchema } from './auth-schema';

export const { outbox, inbox, deadLetters } = busTables(authSchema);
