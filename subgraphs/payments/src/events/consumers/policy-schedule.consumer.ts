import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { SchedulesService } from '../../services/schedules.service';

/** Generates or regenerates a policy's schedule from its terms; idempotent by the policy's version. */
export function createPolicyScheduleConsumer(schedules: SchedulesService): ConsumerDefinition {
  return {
    name: 'payments.policy-schedule',
    events: ['crm.policy.created', 'crm.policy.updated'],
    async handle(envelope, tx) {
      // `updated` carries the same state plus changedFields, so one parser serves both.
      const data = envelope.type === 'crm.policy.updated' ? parseEventData('crm.policy.updated', envelope.data) : parseEventData('crm.policy.created', envelope.data);
      await schedules.applyPolicyTerms(tx, data, envelope.actorid);
    },
  };
}
