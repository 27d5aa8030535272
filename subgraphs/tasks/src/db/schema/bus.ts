import { busTables } from '@crm/platform/bus';
import { tasksSchema } from './tasks-schema';

export const { outbox, inbox, deadLetters } = busTables(tasksSchema);
