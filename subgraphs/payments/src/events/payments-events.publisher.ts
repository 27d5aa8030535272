import type { EventPayload } from '@crm/contracts';
import type { Executor } from '@crm/platform';
import { createOutboxPublisher } from '@crm/platform/bus';
import { outbox, type PolicyRow, type ScheduleItemRow } from '../db/schema';
import { nextUnpaidDueDate, outstandingOf } from '../services/schedule-view';

type Money = { amount: string; currency: string };
const money = (amount: string, currency: string): Money => ({ amount, currency });

/** Typed publishers over the contracts; every event goes through the outbox inside the caller's transaction. */
export function createPaymentsEventsPublisher() {
  const outboxPublisher = createOutboxPublisher({ source: 'payments', tables: { outbox } });
  const ref = (policy: PolicyRow) => ({ policyId: policy.id, dealId: policy.dealId, organizationId: policy.organizationId });
  /** Money recorded: `policy` is the row the entry touched (its version bumped), so the event carries the schedule's new version (ADR 0075). */
  const recorded = (policy: PolicyRow) => ({ ...ref(policy), scheduleVersion: policy.version });

  return {
    /** After every change to a schedule or its instalments: CRM recomputes the deal's review date from it. */
    async scheduleChanged(tx: Executor, policy: PolicyRow, items: readonly ScheduleItemRow[], actorId: string | undefined) {
      const instalments = items.filter((i) => i.kind === 'INSTALMENT' && i.dueDate !== null);
      const data: EventPayload<'payments.schedule.changed'> = {
        ...ref(policy),
        nextUnpaidDueDate: nextUnpaidDueDate(items),
        instalments: instalments.map((i) => ({
          instalmentId: i.id,
          dueDate: i.dueDate ?? '',
          amount: money(i.amount, i.currency),
          paid: money(i.settled, i.currency),
          status: i.status,
        })),
      };
      await outboxPublisher.publish(tx, 'payments.schedule.changed', { orgId: policy.organizationId, actorId, subject: policy.id, data });
    },
    async instalmentPaid(tx: Executor, policy: PolicyRow, data: Omit<EventPayload<'payments.instalment.paid'>, 'policyId' | 'dealId' | 'organizationId' | 'scheduleVersion'>) {
      await outboxPublisher.publish(tx, 'payments.instalment.paid', { orgId: policy.organizationId, actorId: data.actorId, subject: data.instalmentId, data: { ...recorded(policy), ...data } });
    },
    async incomeReceived(tx: Executor, policy: PolicyRow, data: Omit<EventPayload<'payments.income.received'>, 'policyId' | 'dealId' | 'organizationId' | 'scheduleVersion'>) {
      await outboxPublisher.publish(tx, 'payments.income.received', { orgId: policy.organizationId, actorId: data.actorId, subject: data.incomeId, data: { ...recorded(policy), ...data } });
    },
    async expensePaid(tx: Executor, policy: PolicyRow, data: Omit<EventPayload<'payments.expense.paid'>, 'policyId' | 'dealId' | 'organizationId' | 'scheduleVersion'>) {
      await outboxPublisher.publish(tx, 'payments.expense.paid', { orgId: policy.organizationId, actorId: data.actorId, subject: data.expenseId, data: { ...recorded(policy), ...data } });
    },
    async instalmentOverdue(tx: Executor, policy: PolicyRow, item: ScheduleItemRow) {
      await outboxPublisher.publish(tx, 'payments.instalment.overdue', {
        orgId: policy.organizationId,
        subject: item.id,
        data: { ...ref(policy), instalmentId: item.id, dueDate: item.dueDate ?? '', outstanding: money(outstandingOf(item), item.currency) },
      });
    },
  };
}

export type PaymentsEventsPublisher = ReturnType<typeof createPaymentsEventsPublisher>;
