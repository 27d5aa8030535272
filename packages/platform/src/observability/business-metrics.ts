import { Counter, type Registry } from 'prom-client';
import type { BusObserver } from '../bus/types';

/** Currencies that get a series of their own; any other counts as `other` (a closed label set). */
const CURRENCIES = new Set(['RUB', 'USD', 'EUR', 'CNY', 'KZT', 'BYN']);

interface Money {
  amount?: unknown;
  currency?: unknown;
}

/**
 * Business counters from the events that record them (ADR 0057): counted where the event is relayed —
 * once per committed event, whichever replica wrote it — so no domain code carries metrics calls.
 * The commission amount is a float here: a dashboard's approximation, never a figure anyone books.
 */
export function businessMetrics(registry: Registry): BusObserver {
  const dealsCreated = new Counter({ name: 'crm_deals_created_total', help: 'Deals created', registers: [registry] });
  const policiesIssued = new Counter({ name: 'crm_policies_issued_total', help: 'Policies issued (recorded)', registers: [registry] });
  const commissionReceipts = new Counter({
    name: 'payments_commission_received_total',
    help: 'Commission receipts recorded, by currency',
    labelNames: ['currency'],
    registers: [registry],
  });
  const commissionAmount = new Counter({
    name: 'payments_commission_received_amount_total',
    help: 'Sum of commission received, by currency (approximate: a float)',
    labelNames: ['currency'],
    registers: [registry],
  });
  return {
    relayed(_source, envelopes) {
      for (const envelope of envelopes) {
        if (envelope.type === 'crm.deal.created') dealsCreated.inc();
        else if (envelope.type === 'crm.policy.created') policiesIssued.inc();
        else if (envelope.type === 'payments.income.received') {
          const money = ((envelope.data ?? {}) as { amount?: Money }).amount ?? {};
          const currency = typeof money.currency === 'string' && CURRENCIES.has(money.currency) ? money.currency : 'other';
          const amount = typeof money.amount === 'string' ? Number(money.amount) : Number.NaN;
          commissionReceipts.inc({ currency });
          if (Number.isFinite(amount) && amount >= 0) commissionAmount.inc({ currency }, amount);
        }
      }
    },
  };
}
