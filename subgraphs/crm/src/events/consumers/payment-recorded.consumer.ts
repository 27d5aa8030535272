import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import { and, eq } from 'drizzle-orm';
import { policies } from '../../db/schema';
import type { CrmServices } from '../../services/crm-services';
import { writeSystemEntry } from '../../services/journal-writer';
import { lockEventDeal } from './system-deal';
import { journalText } from '../../journal.texts';

/** Money received against a policy (a client's instalment or the broker's commission) is noted on the deal. */
export function createPaymentRecordedConsumer(services: CrmServices): ConsumerDefinition {
  return {
    name: 'crm.payment-journal',
    events: ['payments.instalment.paid', 'payments.income.received'],
    async handle(envelope, tx) {
      const event =
        envelope.type === 'payments.income.received'
          ? (({ receivedOn, ...rest }) => ({ ...rest, day: receivedOn, what: 'commissionReceived' as const }))(parseEventData('payments.income.received', envelope.data))
          : (({ paidOn, ...rest }) => ({ ...rest, day: paidOn, what: 'paymentRecorded' as const }))(parseEventData('payments.instalment.paid', envelope.data));
      const deal = await lockEventDeal(tx, event.organizationId, event.dealId);
      if (!deal) return;
      const [policy] = await tx
        .select({ number: policies.number })
        .from(policies)
        .where(and(eq(policies.id, event.policyId), eq(policies.organizationId, event.organizationId)));
      const params = { amount: event.amount.amount, currency: event.amount.currency, day: event.day, number: policy?.number ?? '—' };
      await writeSystemEntry(tx, services.base, deal, journalText(event.what, params));
    },
  };
}
