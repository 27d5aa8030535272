import { moneyAmount } from '@crm/contracts';
import type { Identity, Executor } from '@crm/platform';
import { appError, ErrorCode, parseInput, platformText } from '@crm/platform';
import type { TextValue } from '@crm/texts';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { calculations, type CalculationRow, type CalculationStatus, type DealRow } from '../db/schema';
import { requireUser } from './access';
import { loadWritableDeal } from './deal-access';
import { dateSchema, idSchema, moneyInput, optionalText, rateSchema, versionSchema } from './input-schemas';
import { writeSystemEntry } from './journal-writer';
import { referenceNames } from './reference-names';
import { requireInsurer, requireProduct } from './reference.service';
import type { ServiceDeps } from './service-deps';
import { advanceStage } from './stage-automation';
import { crmText } from '../crm.texts';
import { journalText } from '../journal.texts';
import { actualChanges } from '../events/crm-events.publisher';

const openStatus = z.enum(['DRAFT', 'READY', 'SENT'], { message: crmText.reason('openCalculationStatus') });
const fields = {
  insuredObject: optionalText(1000),
  sumInsured: moneyInput.nullish(),
  premium: moneyInput.nullish(),
  commissionRate: rateSchema.nullish(),
  commissionAmount: moneyInput.nullish(),
  deductible: optionalText(1000),
  terms: optionalText(5000),
  validUntil: dateSchema.nullish(),
  variantLabel: optionalText(100),
  notes: optionalText(5000),
};
type Amounts = { sumInsured?: { currency: string } | null; premium?: { currency: string } | null; commissionAmount?: { currency: string } | null };

/** One currency per calculation; a commission is a rate or an amount, not both. */
function checkAmounts(d: Amounts & { commissionRate?: string | null }, ctx: z.RefinementCtx) {
  const currencies = (['sumInsured', 'premium', 'commissionAmount'] as const).filter((k) => d[k]).map((k) => [k, d[k]!.currency] as const);
  const mismatch = currencies.find(([, c]) => c !== currencies[0]![1]);
  if (mismatch) ctx.addIssue({ code: 'custom', path: [mismatch[0], 'currency'], message: crmText.reason('oneCurrency') });
  if (d.commissionRate && d.commissionAmount) ctx.addIssue({ code: 'custom', path: ['commissionAmount'], message: crmText.reason('rateOrAmount') });
}

const addInput = z.object({ dealId: idSchema, insurerId: idSchema, productId: idSchema, status: openStatus.nullish(), ...fields }).superRefine(checkAmounts);
const updateInput = z
  .object({ id: idSchema, version: versionSchema, insurerId: idSchema.nullish(), productId: idSchema.nullish(), status: openStatus.nullish(), ...fields })
  .partial({ insuredObject: true, deductible: true, terms: true, variantLabel: true, notes: true })
  .superRefine(checkAmounts);
const chooseInput = z.object({ id: idSchema, version: versionSchema });

const STATUS_MOVES: Record<CalculationStatus, readonly CalculationStatus[]> = {
  DRAFT: ['READY'],
  READY: ['DRAFT', 'SENT'],
  SENT: ['READY'],
  CHOSEN: [],
  REJECTED: [],
};

const currencyOf = (d: Amounts) => d.premium?.currency ?? d.sumInsured?.currency ?? d.commissionAmount?.currency;

/** A calculation ready (or sent to the client) means the deal is being negotiated. */
function negotiate(tx: Executor, deps: ServiceDeps, deal: DealRow, c: CalculationRow, names: { insurerName: string; productName: string }) {
  if (c.status !== 'READY' && c.status !== 'SENT') return null;
  const cause = c.status === 'READY' ? 'stageCalculationReady' : 'stageCalculationSent';
  return advanceStage(tx, deps, deal, 'NEGOTIATION', (move) => journalText(cause, { ...move, calculation: describe(c, names) }));
}

/** A calculation as the journal names it: its words (the same in either language), then its premium as money (ADR 0078). */
function describe(c: CalculationRow, names: { insurerName: string; productName: string }): TextValue[] {
  const label = c.variantLabel ? ` (${c.variantLabel})` : '';
  const premium = c.premium ? [{ amount: moneyAmount(c.premium, c.currency), currency: c.currency }] : [];
  return [`${names.insurerName} — ${names.productName}${label}`, ...premium];
}

export function createCalculationsService(deps: ServiceDeps) {
  const { db, clock, events } = deps;

  async function addCalculation(caller: Identity | null, input: unknown): Promise<CalculationRow> {
    const user = requireUser(caller);
    const data = parseInput(addInput, input);
    return db.transaction(async (tx) => {
      const deal = await loadWritableDeal(tx, user, data.dealId, { field: 'input.dealId' });
      await requireInsurer(tx, user.orgId, data.insurerId, 'input.insurerId');
      await requireProduct(tx, user.orgId, data.productId, data.insurerId, 'input.productId');
      const now = clock();
      const [row] = await tx
        .insert(calculations)
        .values({
          ...data,
          organizationId: user.orgId,
          currency: currencyOf(data) ?? 'RUB',
          sumInsured: data.sumInsured?.amount ?? null,
          premium: data.premium?.amount ?? null,
          commissionRate: data.commissionRate ?? null,
          commissionAmount: data.commissionAmount?.amount ?? null,
          validUntil: data.validUntil ?? null,
          status: data.status ?? 'DRAFT',
          authorId: user.userId,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      const names = await referenceNames(tx, row!.insurerId, row!.productId);
      await events.calculationAdded(tx, { row: row!, deal, ...names }, user.userId);
      await writeSystemEntry(tx, deps, deal, journalText('calculationAdded', { calculation: describe(row!, names) }));
      await negotiate(tx, deps, deal, row!, names);
      return row!;
    });
  }

  async function lockCalculation(tx: Executor, user: Identity, id: string, version: number): Promise<{ calc: CalculationRow; deal: DealRow }> {
    const [calc] = await tx.select().from(calculations).where(and(eq(calculations.id, id), eq(calculations.organizationId, user.orgId))).for('update');
    if (!calc) throw appError(ErrorCode.NotFound, { text: crmText('noSuchCalculation'), field: 'input.id' });
    const deal = await loadWritableDeal(tx, user, calc.dealId, { field: 'input.id' });
    if (calc.version !== version) throw appError(ErrorCode.Conflict, { text: platformText('stale'), field: 'input.version' });
    return { calc, deal };
  }

  async function updateCalculation(caller: Identity | null, input: unknown): Promise<CalculationRow> {
    const user = requireUser(caller);
    const data = parseInput(updateInput, input);
    return db.transaction(async (tx) => {
      const { calc, deal } = await lockCalculation(tx, user, data.id, data.version);
      if (calc.status === 'CHOSEN' || calc.status === 'REJECTED') {
        throw appError(ErrorCode.BadUserInput, { text: crmText('calculationFinal', { status: calc.status }), field: 'input.id' });
      }
      if (data.status && data.status !== calc.status && !STATUS_MOVES[calc.status].includes(data.status)) {
        throw appError(ErrorCode.BadUserInput, { text: crmText('calculationTransition', { from: calc.status, to: data.status }), field: 'input.status' });
      }
      const insurerId = data.insurerId ?? calc.insurerId;
      const productId = data.productId ?? calc.productId;
      if (data.insurerId) await requireInsurer(tx, user.orgId, insurerId, 'input.insurerId');
      if (data.insurerId || data.productId) await requireProduct(tx, user.orgId, productId, insurerId, 'input.productId');
      const currency = currencyOf(data);
      if (currency && currency !== calc.currency && (['sumInsured', 'premium', 'commissionAmount'] as const).some((k) => calc[k] !== null && !data[k])) {
        throw appError(ErrorCode.BadUserInput, { text: crmText('oneCurrency'), field: 'input.premium.currency' });
      }
      const changes: Partial<CalculationRow> = {
        insurerId,
        productId,
        ...(currency ? { currency } : {}),
        ...(data.sumInsured ? { sumInsured: data.sumInsured.amount } : {}),
        ...(data.premium ? { premium: data.premium.amount } : {}),
        ...(data.commissionRate ? { commissionRate: data.commissionRate, commissionAmount: null } : {}),
        ...(data.commissionAmount ? { commissionAmount: data.commissionAmount.amount, commissionRate: null } : {}),
        ...(data.validUntil ? { validUntil: data.validUntil } : {}),
        ...(data.status ? { status: data.status } : {}),
      };
      for (const key of ['insuredObject', 'deductible', 'terms', 'variantLabel', 'notes'] as const) {
        if (data[key] !== undefined) changes[key] = data[key];
      }
      const [updated] = await tx
        .update(calculations)
        .set({ ...changes, version: calc.version + 1, updatedAt: clock() })
        .where(eq(calculations.id, calc.id))
        .returning();
      const changed = Object.keys(data).filter((k) => k !== 'id' && k !== 'version' && data[k as keyof typeof data] !== undefined);
      const names = await referenceNames(tx, insurerId, productId);
      await events.calculationUpdated(tx, { row: updated!, deal, ...names }, changed, actualChanges(calc, updated!, Object.keys(changes)), user.userId);
      if (updated!.status !== calc.status) await negotiate(tx, deps, deal, updated!, names);
      return updated!;
    });
  }

  /** One CHOSEN per deal: the others still open (and a previously chosen one) become REJECTED, atomically. */
  async function chooseCalculation(caller: Identity | null, input: unknown): Promise<{ chosen: CalculationRow; rejected: CalculationRow[] }> {
    const user = requireUser(caller);
    const data = parseInput(chooseInput, input);
    return db.transaction(async (tx) => {
      const { calc, deal } = await lockCalculation(tx, user, data.id, data.version);
      await loadWritableDeal(tx, user, deal.id, { lock: true });
      if (calc.status === 'CHOSEN') return { chosen: calc, rejected: [] };
      const now = clock();
      const rejected = await tx
        .update(calculations)
        .set({ status: 'REJECTED', version: sql`${calculations.version} + 1`, updatedAt: now })
        .where(and(eq(calculations.dealId, deal.id), ne(calculations.id, calc.id), inArray(calculations.status, ['DRAFT', 'READY', 'SENT', 'CHOSEN'])))
        .returning();
      const [chosen] = await tx
        .update(calculations)
        .set({ status: 'CHOSEN', version: calc.version + 1, updatedAt: now })
        .where(eq(calculations.id, calc.id))
        .returning();
      const names = await referenceNames(tx, chosen!.insurerId, chosen!.productId);
      await events.calculationChosen(tx, { row: chosen!, deal, ...names }, rejected.map((r) => r.id), user.userId);
      await writeSystemEntry(tx, deps, deal, journalText('calculationChosen', { calculation: describe(chosen!, names) }));
      await advanceStage(tx, deps, deal, 'ISSUING', (move) => journalText('stageCalculationChosen', { ...move, calculation: describe(chosen!, names) }));
      return { chosen: chosen!, rejected };
    });
  }

  async function calculationsOfDeals(dealIds: readonly string[]): Promise<CalculationRow[]> {
    if (dealIds.length === 0) return [];
    return db.select().from(calculations).where(inArray(calculations.dealId, [...dealIds])).orderBy(asc(calculations.createdAt), asc(calculations.id));
  }

  async function countsOfDeals(dealIds: readonly string[]): Promise<Map<string, number>> {
    if (dealIds.length === 0) return new Map();
    const rows = await db
      .select({ dealId: calculations.dealId, count: sql<number>`count(*)::int` })
      .from(calculations)
      .where(inArray(calculations.dealId, [...dealIds]))
      .groupBy(calculations.dealId);
    return new Map(rows.map((r) => [r.dealId, r.count]));
  }

  async function calculationsByIds(orgId: string, ids: readonly string[]): Promise<CalculationRow[]> {
    const valid = ids.filter((id) => idSchema.safeParse(id).success);
    return valid.length ? db.select().from(calculations).where(and(eq(calculations.organizationId, orgId), inArray(calculations.id, valid))) : [];
  }

  return { addCalculation, updateCalculation, chooseCalculation, calculationsOfDeals, countsOfDeals, calculationsByIds };
}

export type CalculationsService = ReturnType<typeof createCalculationsService>;
