import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { CrmSettingsService } from '../../services/crm-settings.service';

/** Whether sellers see every deal of their organisation: part of the deal-access rule (ADR 0008). */
export function createCrmSettingsConsumer(settings: CrmSettingsService): ConsumerDefinition {
  return {
    name: 'tasks.crm-settings',
    events: ['crm.settings.changed'],
    async handle(event, tx) {
      if (event.type !== 'crm.settings.changed') return;
      await settings.apply(tx, parseEventData('crm.settings.changed', event.data));
    },
  };
}
