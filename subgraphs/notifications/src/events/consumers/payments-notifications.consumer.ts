import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { DealOwnersService } from '../../services/deal-owners.service';
import type { NotifyService } from '../../services/notify.service';
import { dealIdsNamed, notifyingConsumer } from './batched-consumers';

/**
 * The deal's owner learns of overdue instalments, received commission and paid expenses. Payment
 * events name the deal, not its owner: the owner comes from the deals read model, read once for a
 * batch's deals. A deal not heard of yet throws, so the bus retries the event after CRM's
 * `crm.deal.created` has arrived.
 */
export function createPaymentsNotificationsConsumer(notify: NotifyService, deals: DealOwnersService): ConsumerDefinition {
  return notifyingConsumer(
    {
      name: 'notifications.payments',
      events: ['payments.instalment.overdue', 'payments.income.received', 'payments.expense.paid'],
      lookups: (tx) => deals.lookup(tx),
      preload: (events, dealLookup) => dealLookup.preload(dealIdsNamed(events)),
      async draftsOf(event, _tx, dealLookup) {
        const base = { eventId: event.id, organizationId: event.orgid };
        if (event.type === 'payments.instalment.overdue') {
          const data = parseEventData('payments.instalment.overdue', event.data);
          const deal = await dealLookup.require(data.dealId);
          return [
            {
              ...base,
              kind: 'INSTALMENT_OVERDUE',
              params: { dealTitle: deal.title, dueDate: data.dueDate, ...data.outstanding },
              actorId: null,
              recipients: [deal.ownerId],
              dealId: data.dealId,
              policyId: data.policyId,
            },
          ];
        }
        if (event.type === 'payments.income.received') {
          const data = parseEventData('payments.income.received', event.data);
          const deal = await dealLookup.require(data.dealId);
          return [{ ...base, kind: 'COMMISSION_RECEIVED', params: { dealTitle: deal.title, ...data.amount }, actorId: data.actorId, recipients: [deal.ownerId], dealId: data.dealId, policyId: data.policyId }];
        }
        if (event.type === 'payments.expense.paid') {
          const data = parseEventData('payments.expense.paid', event.data);
          const deal = await dealLookup.require(data.dealId);
          return [
            {
              ...base,
              kind: 'EXPENSE_PAID',
              params: { dealTitle: deal.title, description: data.description, ...data.amount },
              actorId: data.actorId,
              recipients: [deal.ownerId],
              dealId: data.dealId,
              policyId: data.policyId,
            },
          ];
        }
        return [];
      },
    },
    notify,
  );
}
