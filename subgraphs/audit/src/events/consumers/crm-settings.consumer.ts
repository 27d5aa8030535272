import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { AuditServices } from '../../services/audit-services';

/** Whether sellers see every deal of their organisation, and so its audit trail (ADR 0015). */
export function createCrmSettingsConsumer(settings: AuditServices['crmSettings']): ConsumerDefinition {
  return {
    name: 'audit.crm-settings',
    events: ['crm.settings.changed'],
    async handle(envelope, tx) {
      if (envelope.type !== 'crm.settings.changed') return;
      await settings.apply(tx, parseEventData('crm.settings.changed', envelope.data));
    },
  };
}
