import { z } from 'zod';
import { dateString, moneySchema, producedVersion, uuid } from '../values';
import { defineEvent } from './define-event';

export const instalmentStatusSchema = z.enum(['PLANNED', 'PARTIALLY_PAID', 'PAID', 'OVERPAID', 'OVERDUE', 'CANCELLED']);

/** Set when the entry took the item past its planned amount (recorded only on `allowOverpayment`): the excess. */
const overpaid = { overpaid: moneySchema.nullish() };

const policyRef = { policyId: uuid, dealId: uuid, organizationId: uuid };

/**
 * The schedule's version (Payments' policy row) after the money was recorded (ADR 0075): v2 of the
 * events that record money. `schedule.changed` has none: it also follows changes that leave it as it was.
 */
const scheduleVersion = { scheduleVersion: producedVersion };

/** CRM recomputes the deal's review date from `nextUnpaidDueDate` (null once everything is paid). */
export const paymentsScheduleChanged = defineEvent(
  'payments.schedule.changed',
  1,
  z.object({
    ...policyRef,
    nextUnpaidDueDate: dateString.nullable(),
    instalments: z.array(z.object({ instalmentId: uuid, dueDate: dateString, amount: moneySchema, paid: moneySchema, status: instalmentStatusSchema })),
  }),
);

export const paymentsInstalmentPaid = defineEvent(
  'payments.instalment.paid',
  2,
  z.object({ ...policyRef, instalmentId: uuid, paymentId: uuid, amount: moneySchema, paidOn: dateString, totalPaid: moneySchema, status: instalmentStatusSchema, actorId: uuid, ...overpaid, ...scheduleVersion }),
);

export const paymentsIncomeReceived = defineEvent(
  'payments.income.received',
  2,
  z.object({ ...policyRef, incomeId: uuid, receiptId: uuid, amount: moneySchema, receivedOn: dateString, statementReference: z.string().nullable(), actorId: uuid, ...overpaid, ...scheduleVersion }),
);

export const paymentsExpensePaid = defineEvent(
  'payments.expense.paid',
  2,
  z.object({ ...policyRef, expenseId: uuid, paymentId: uuid, amount: moneySchema, paidOn: dateString, description: z.string(), actorId: uuid, ...overpaid, ...scheduleVersion }),
);

export const paymentsInstalmentOverdue = defineEvent(
  'payments.instalment.overdue',
  1,
  z.object({ ...policyRef, instalmentId: uuid, dueDate: dateString, outstanding: moneySchema }),
);
