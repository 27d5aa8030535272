import { accessSettingsTable } from '@crm/deal-access';
import { notificationsSchema } from './notifications-schema';

/**
 * Read model of CRM's organisation settings (`crm.settings.changed`): Notifications reads only the
 * organisation's time zone from it, the clock of quiet hours and the morning digest (ADR 0046, 0064).
 */
export const crmSettings = accessSettingsTable(notificationsSchema);
