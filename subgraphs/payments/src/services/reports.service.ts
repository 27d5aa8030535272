import type { Identity } from '@crm/platform';
import { appError, ErrorCode, hasRole, parseInput } from '@crm/platform';
import { and, between, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ledgerEntries, policies, scheduleItems } from '../db/schema';
import { moneyString } from '../domain/decimal';
import { requireCaller } from './access';
import { daySchema, idSchema } from './input-schemas';
import type { ServiceDeps } from './service-deps';
import { paymentsText } from '../payments.texts';
import { inputText } from '@crm/texts';

export interface CommissionReportLine {
  month: string;
  organizationId: string;
  sellerId: string;
  currency: string;
  planned: string;
  received: string;
}

const reportInput = z
  .object({ from: daySchema, to: daySchema, sellerId: idSchema.nullish() })
  .refine((d) => d.from <= d.to, { message: inputText.reason('notAfter'), params: { other: 'to' }, path: ['from'] });

/**
 * Commission planned (by expected date) vs received (by receipt date, reversals on the day of what
 * they reverse) per month and seller, within the caller's organisation. Admins see every seller;
 * anyone else sees their own deals' commission only.
 */
export function createReportsService({ db }: Pick<ServiceDeps, 'db'>) {
  async function commissionReport(caller: Identity | null, input: unknown): Promise<CommissionReportLine[]> {
    const identity = requireCaller(caller);
    const data = parseInput(reportInput, input);
    const seesAll = identity.kind === 'service' || hasRole(identity, 'ADMIN');
    const ownId = identity.kind === 'user' ? identity.userId : null;
    if (!seesAll && data.sellerId && data.sellerId !== ownId) throw appError(ErrorCode.Forbidden, { text: paymentsText('otherSellers'), field: 'input.sellerId' });
    const sellerId = seesAll ? (data.sellerId ?? null) : ownId;
    const seller = sellerId ? eq(policies.dealOwnerId, sellerId) : undefined;

    const month = (column: typeof scheduleItems.dueDate | typeof ledgerEntries.onDate) => sql<string>`to_char(${column}, 'YYYY-MM')`;
    const [planned, received] = await Promise.all([
      db
        .select({ month: month(scheduleItems.dueDate), sellerId: policies.dealOwnerId, currency: scheduleItems.currency, total: sql<string>`sum(${scheduleItems.amount})` })
        .from(scheduleItems)
        .innerJoin(policies, eq(policies.id, scheduleItems.policyId))
        .where(and(eq(scheduleItems.organizationId, identity.orgId), eq(scheduleItems.kind, 'COMMISSION'), ne(scheduleItems.status, 'CANCELLED'), between(scheduleItems.dueDate, data.from, data.to), seller))
        .groupBy(month(scheduleItems.dueDate), policies.dealOwnerId, scheduleItems.currency),
      db
        .select({ month: month(ledgerEntries.onDate), sellerId: policies.dealOwnerId, currency: ledgerEntries.currency, total: sql<string>`sum(${ledgerEntries.amount})` })
        .from(ledgerEntries)
        .innerJoin(policies, eq(policies.id, ledgerEntries.policyId))
        .where(and(eq(ledgerEntries.organizationId, identity.orgId), eq(ledgerEntries.kind, 'COMMISSION'), between(ledgerEntries.onDate, data.from, data.to), seller))
        .groupBy(month(ledgerEntries.onDate), policies.dealOwnerId, ledgerEntries.currency),
    ]);

    const rows = new Map<string, CommissionReportLine>();
    const row = (r: { month: string; sellerId: string; currency: string }) => {
      const key = `${r.month}|${r.sellerId}|${r.currency}`;
      const existing = rows.get(key) ?? { month: r.month, organizationId: identity.orgId, sellerId: r.sellerId, currency: r.currency, planned: '0.00', received: '0.00' };
      rows.set(key, existing);
      return existing;
    };
    for (const r of planned) row(r).planned = moneyString(r.total, r.currency);
    for (const r of received) row(r).received = moneyString(r.total, r.currency);
    return [...rows.values()].sort((a, b) => a.month.localeCompare(b.month) || a.sellerId.localeCompare(b.sellerId) || a.currency.localeCompare(b.currency));
  }

  return { commissionReport };
}

export type ReportsService = ReturnType<typeof createReportsService>;
