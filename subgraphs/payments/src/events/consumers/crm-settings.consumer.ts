import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import { applyCrmSettings } from '../../services/crm-settings.service';

/** Whether sellers see every deal of their organisation, and so its money (ADR 0009). */
export function createCrmSettingsConsumer(): ConsumerDefinition {
  return {
    name: 'payments.crm-settings',
    events: ['crm.settings.changed'],
    async handle(envelope, tx) {
      if (envelope.type !== 'crm.settings.changed') return;
      await applyCrmSettings(tx, parseEventData('crm.settings.changed', envelope.data));
    },
  };
}
