import { parseEventData, type EventEnvelope } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import { and, eq } from 'drizzle-orm';
import { policies } from '../../db/schema';
import type { CrmServices } from '../../services/crm-services';
import { writeSystemEntry } from '../../services/journal-writer';
import { lockEventDeal } from './system-deal';
import { journalText } from '../../journal.texts';

type MoneyLine = 'commissionReceived' | 'paymentRecorded';

/** What a payments event says for the journal: the money, its day, and any excess over the plan. */
function recordedMoney(envelope: EventEnvelope) {
  if (envelope.type === 'payments.income.received') {
    const { receivedOn, ...rest } = parseEventData('payments.income.received', envelope.data);
    return { ...rest, day: receivedOn, what: 'commissionReceived' as MoneyLine | null };
  }
  if (envelope.type === 'payments.expense.paid') {
    // Expense payments are noted only when they overpay (ADR 0048).
    const { paidOn, ...rest } = parseEventData('payments.expense.paid', envelope.data);
    return { ...rest, day: paidOn, what: null };
  }
  const { paidOn, ...rest } = parseEventData('payments.instalment.paid', envelope.data);
  return { ...rest, day: paidOn, what: 'paymentRecorded' as MoneyLine | null };
}

/** Money received against a policy (a client's instalment or the broker's commission) is noted on the deal, and so is any overpayment. */
export function createPaymentRecordedConsumer(services: CrmServices): ConsumerDefinition {
  return {
    name: 'crm.payment-journal',
    events: ['payments.instalment.paid', 'payments.income.received', 'payments.expense.paid'],
    async handle(envelope, tx) {
      const event = recordedMoney(envelope);
      if (!event.what && !event.overpaid) return;
      const deal = await lockEventDeal(tx, event.organizationId, event.dealId);
      if (!deal) return;
      const [policy] = await tx
        .select({ number: policies.number })
        .from(policies)
        .where(and(eq(policies.id, event.policyId), eq(policies.organizationId, event.organizationId)));
      const number = policy?.number ?? '—';
      if (event.what) await writeSystemEntry(tx, services.base, deal, journalText(event.what, { amount: event.amount, day: event.day, number }));
      if (event.overpaid) {
        await writeSystemEntry(tx, services.base, deal, journalText('overpaymentRecorded', { amount: event.overpaid, day: event.day, number }));
      }
    },
  };
}
