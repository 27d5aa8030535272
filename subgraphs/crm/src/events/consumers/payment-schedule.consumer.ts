import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import { and, eq, isNull, lte, or } from 'drizzle-orm';
import { policies } from '../../db/schema';
import type { CrmServices } from '../../services/crm-services';
import { lockEventDeal } from './system-deal';

/**
 * Payments reports a policy's nearest unpaid instalment; the deal's review date follows it. Events
 * can arrive out of order: one older than what the policy already holds changes nothing.
 */
export function createPaymentScheduleConsumer(services: CrmServices): ConsumerDefinition {
  return {
    name: 'crm.payment-schedule',
    events: ['payments.schedule.changed'],
    async handle(envelope, tx) {
      const schedule = parseEventData('payments.schedule.changed', envelope.data);
      const deal = await lockEventDeal(tx, schedule.organizationId, schedule.dealId);
      if (!deal) return;
      const asOf = new Date(envelope.time);
      const updated = await tx
        .update(policies)
        .set({ nextUnpaidDueDate: schedule.nextUnpaidDueDate, scheduleAsOf: asOf })
        .where(
          and(
            eq(policies.id, schedule.policyId),
            eq(policies.organizationId, schedule.organizationId),
            or(isNull(policies.scheduleAsOf), lte(policies.scheduleAsOf, asOf)),
          ),
        )
        .returning({ id: policies.id });
      if (updated.length) await services.policies.afterPolicyChange(tx, deal, null);
    },
  };
}
