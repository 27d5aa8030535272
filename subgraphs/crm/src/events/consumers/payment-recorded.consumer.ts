import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import { and, eq } from 'drizzle-orm';
import { policies } from '../../db/schema';
import type { CrmServices } from '../../services/crm-services';
import { writeSystemEntry } from '../../services/journal-writer';
import { lockEventDeal } from './system-deal';

/** Money received against a policy (a client's instalment or the broker's commission) is noted on the deal. */
export function createPaymentRecordedConsumer(services: CrmServices): ConsumerDefinition {
  return {
    name: 'crm.payment-journal',
    events: ['payments.instalment.paid', 'payments.income.received'],
    async handle(envelope, tx) {
      const event =
        envelope.type === 'payments.income.received'
          ? (({ receivedOn, ...rest }) => ({ ...rest, day: receivedOn, what: 'Commission received' }))(parseEventData('payments.income.received', envelope.data))
          : (({ paidOn, ...rest }) => ({ ...rest, day: paidOn, what: 'Payment recorded' }))(parseEventData('payments.instalment.paid', envelope.data));
      const deal = await lockEventDeal(tx, event.organizationId, event.dealId);
      if (!deal) return;
      const [policy] = await tx
        .select({ number: policies.number })
        .from(policies)
        .where(and(eq(policies.id, event.policyId), eq(policies.organizationId, event.organizationId)));
      const against = policy ? ` (policy № ${policy.number})` : '';
      await writeSystemEntry(tx, services.base, deal, `${event.what}: ${event.amount.amount} ${event.amount.currency} on ${event.day}${against}`);
    },
  };
}
