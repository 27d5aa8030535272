import type { Identity, Tx, UserIdentity } from '@crm/platform';
import { appError, ErrorCode, isAppError, isUniqueViolation, parseInput } from '@crm/platform';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ledgerEntries, scheduleItems, type LedgerEntryRow, type PolicyRow, type ScheduleItemRow } from '../db/schema';
import { Decimal, moneyString } from '../domain/decimal';
import type { ItemKind } from '../domain/money-summary';
import { requireUser } from './access';
import { checkScale, daySchema, idSchema, optionalTextSchema, paymentMethodSchema, positiveAmountSchema, textSchema, versionSchema } from './input-schemas';
import { outstandingOf, overpaidOf } from './schedule-view';
import { settle } from './ledger';
import { itemsOfPolicy, lockItem, touchPolicy } from './policy-lock';
import type { ServiceDeps } from './service-deps';
import { paymentsText } from '../payments.texts';

export interface ItemWrite {
  item: ScheduleItemRow;
  entry: LedgerEntryRow | null;
}

const allowOverpayment = z.boolean().nullish().transform((v) => v === true);
const recordInputs = {
  INSTALMENT: z.object({
    instalmentId: idSchema,
    version: versionSchema,
    amount: positiveAmountSchema,
    paidOn: daySchema,
    method: paymentMethodSchema,
    note: optionalTextSchema(1000),
    allowOverpayment,
    reference: optionalTextSchema(200),
  }),
  COMMISSION: z.object({ incomeId: idSchema, version: versionSchema, amount: positiveAmountSchema, receivedOn: daySchema, statementReference: optionalTextSchema(200), note: optionalTextSchema(1000), allowOverpayment }),
  EXPENSE: z.object({ expenseId: idSchema, version: versionSchema, amount: positiveAmountSchema, paidOn: daySchema, note: optionalTextSchema(1000), allowOverpayment }),
};
const reverseInput = z.object({ entryId: idSchema, version: versionSchema, reason: textSchema(1000) });

/** Normalises the three record inputs to one shape. */
function recordFields(kind: ItemKind, input: unknown) {
  if (kind === 'INSTALMENT') {
    const d = parseInput(recordInputs.INSTALMENT, input);
    return { itemId: d.instalmentId, field: 'input.instalmentId', version: d.version, amount: d.amount, onDate: d.paidOn, method: d.method, statementReference: null, note: d.note, allowOverpayment: d.allowOverpayment, reference: d.reference };
  }
  if (kind === 'COMMISSION') {
    const d = parseInput(recordInputs.COMMISSION, input);
    return { itemId: d.incomeId, field: 'input.incomeId', version: d.version, amount: d.amount, onDate: d.receivedOn, method: null, statementReference: d.statementReference, note: d.note, allowOverpayment: d.allowOverpayment, reference: null };
  }
  const d = parseInput(recordInputs.EXPENSE, input);
  return { itemId: d.expenseId, field: 'input.expenseId', version: d.version, amount: d.amount, onDate: d.paidOn, method: null, statementReference: null, note: d.note, allowOverpayment: d.allowOverpayment, reference: null };
}

/**
 * More than the item still owes is refused, naming what it owes, unless the person said so
 * (`allowOverpayment: true`); then the item shows OVERPAID and CRM's journal notes the excess (ADR 0048).
 */
function refuseUnaskedOverpayment(item: ScheduleItemRow, amount: string, allowed: boolean): void {
  const outstanding = outstandingOf(item);
  if (allowed || new Decimal(amount).lessThanOrEqualTo(outstanding)) return;
  throw appError(ErrorCode.BadUserInput, { text: paymentsText('overpayment', { outstanding, currency: item.currency }), field: 'input.amount' });
}

/** What an entry says; where it belongs (organisation, item, policy) and when come from the locked rows. */
type EntryValues = Omit<typeof ledgerEntries.$inferInsert, 'organizationId' | 'itemId' | 'policyId' | 'createdAt'>;

export function createActualsService(deps: ServiceDeps) {
  const { db, clock, events } = deps;

  /** Appends an entry to the ledger (never edited afterwards) and brings its item's settled amount and its policy's version along. */
  async function postEntry(tx: Tx, policy: PolicyRow, item: ScheduleItemRow, now: Date, entryValues: EntryValues) {
    const [entry] = await tx
      .insert(ledgerEntries)
      .values({ ...entryValues, organizationId: policy.organizationId, itemId: item.id, policyId: policy.id, createdAt: now })
      .returning();
    if (!entry) throw new Error('entry insert returned nothing');
    const updated = await settle(tx, item, entry.amount, now);
    const touched = await touchPolicy(tx, policy, now);
    return { entry, updated, touched };
  }

  /** The entry an earlier call recorded under this reference, if any. */
  async function entryWithReference(tx: Tx, user: UserIdentity, kind: ItemKind, reference: string): Promise<LedgerEntryRow | undefined> {
    const [entry] = await tx
      .select()
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.organizationId, user.orgId), eq(ledgerEntries.kind, kind), eq(ledgerEntries.reference, reference)));
    return entry;
  }

  /**
   * A payment sent again under its reference is not recorded again: the answer is the item as it is
   * now, with the entry first recorded. The same reference for another item or amount is a CONFLICT.
   */
  async function replay(tx: Tx, user: UserIdentity, kind: ItemKind, data: ReturnType<typeof recordFields>, entry: LedgerEntryRow): Promise<ItemWrite> {
    const sameItem = entry.itemId === data.itemId;
    if (!sameItem || !new Decimal(entry.amount).equals(data.amount)) {
      throw appError(ErrorCode.Conflict, { text: paymentsText('referenceUsed'), field: 'input.reference', extensions: { entryId: entry.id } });
    }
    const [current] = await tx.select({ version: scheduleItems.version }).from(scheduleItems).where(eq(scheduleItems.id, entry.itemId));
    const { item } = await lockItem(tx, user, kind, entry.itemId, current?.version ?? data.version, data.field);
    return { item, entry };
  }

  /**
   * Records money against a planned item; partial amounts add up and the status follows. With a
   * reference, a repeated call (a retry, or two at once) records it once: the later ones replay.
   */
  async function record(caller: Identity | null, kind: ItemKind, input: unknown): Promise<ItemWrite> {
    const user = requireUser(caller);
    const data = recordFields(kind, input);
    try {
      return await recordOnce(user, kind, data);
    } catch (error) {
      // Two calls with one reference at once: the loser's insert hits the unique index; the winner's entry is committed now.
      if (!data.reference || !isUniqueViolation(error, 'ledger_entries_reference_key')) throw error;
      const reference = data.reference;
      return db.transaction(async (tx) => {
        const entry = await entryWithReference(tx, user, kind, reference);
        if (!entry) throw error;
        return replay(tx, user, kind, data, entry);
      });
    }
  }

  async function recordOnce(user: UserIdentity, kind: ItemKind, data: ReturnType<typeof recordFields>): Promise<ItemWrite> {
    return db.transaction(async (tx) => {
      const now = clock();
      const earlier = data.reference ? await entryWithReference(tx, user, kind, data.reference) : undefined;
      if (earlier) return replay(tx, user, kind, data, earlier);
      let locked: Awaited<ReturnType<typeof lockItem>>;
      try {
        locked = await lockItem(tx, user, kind, data.itemId, data.version, data.field);
      } catch (error) {
        // The item was locked by a call with this reference, committed meanwhile: replay it rather than CONFLICT.
        const committed = data.reference && isAppError(error, ErrorCode.Conflict) ? await entryWithReference(tx, user, kind, data.reference) : undefined;
        if (!committed) throw error;
        return replay(tx, user, kind, data, committed);
      }
      const { policy, item } = locked;
      if (item.status === 'CANCELLED') throw appError(ErrorCode.BadUserInput, { text: paymentsText('itemCancelled'), field: data.field });
      checkScale(data.amount, item.currency);
      refuseUnaskedOverpayment(item, data.amount, data.allowOverpayment);
      const { entry, updated, touched } = await postEntry(tx, policy, item, now, {
        kind,
        amount: moneyString(data.amount, item.currency),
        currency: item.currency,
        onDate: data.onDate,
        method: data.method,
        statementReference: data.statementReference,
        note: data.note,
        reference: data.reference,
        actorId: user.userId,
      });
      const money = { amount: entry.amount, currency: entry.currency };
      const excess = overpaidOf(updated);
      const overpaid = new Decimal(excess).greaterThan(overpaidOf(item)) ? { amount: excess, currency: updated.currency } : null;
      if (kind === 'INSTALMENT') {
        const totalPaid = { amount: updated.settled, currency: updated.currency };
        await events.instalmentPaid(tx, touched, { instalmentId: item.id, paymentId: entry.id, amount: money, paidOn: entry.onDate, totalPaid, status: updated.status, actorId: user.userId, overpaid });
        await events.scheduleChanged(tx, touched, await itemsOfPolicy(tx, policy.id), user.userId);
      } else if (kind === 'COMMISSION') {
        await events.incomeReceived(tx, touched, { incomeId: item.id, receiptId: entry.id, amount: money, receivedOn: entry.onDate, statementReference: entry.statementReference, actorId: user.userId, overpaid });
      } else {
        await events.expensePaid(tx, touched, { expenseId: item.id, paymentId: entry.id, amount: money, paidOn: entry.onDate, description: item.description ?? '', actorId: user.userId, overpaid });
      }
      return { item: updated, entry };
    });
  }

  /** The only correction of recorded money: an entry of the opposite amount, the original kept. */
  async function reverse(caller: Identity | null, kind: ItemKind, input: unknown): Promise<ItemWrite> {
    const user = requireUser(caller);
    const data = parseInput(reverseInput, input);
    return db.transaction(async (tx) => {
      const now = clock();
      const [original] = await tx
        .select()
        .from(ledgerEntries)
        .where(and(eq(ledgerEntries.id, data.entryId), eq(ledgerEntries.kind, kind), eq(ledgerEntries.organizationId, user.orgId)));
      if (!original) throw appError(ErrorCode.NotFound, { text: paymentsText('noSuchEntry'), field: 'input.entryId' });
      const { policy, item } = await lockItem(tx, user, kind, original.itemId, data.version, 'input.entryId');
      if (original.reversesEntryId) throw appError(ErrorCode.BadUserInput, { text: paymentsText('reversalOfReversal'), field: 'input.entryId' });
      const [already] = await tx.select({ id: ledgerEntries.id }).from(ledgerEntries).where(eq(ledgerEntries.reversesEntryId, original.id));
      if (already) throw appError(ErrorCode.Conflict, { text: paymentsText('alreadyReversed'), field: 'input.entryId' });
      const { entry, updated, touched } = await postEntry(tx, policy, item, now, {
        kind,
        amount: moneyString(new Decimal(original.amount).negated(), original.currency),
        currency: original.currency,
        onDate: original.onDate,
        method: original.method,
        statementReference: original.statementReference,
        note: data.reason,
        reversesEntryId: original.id,
        actorId: user.userId,
      });
      if (kind === 'INSTALMENT') await events.scheduleChanged(tx, touched, await itemsOfPolicy(tx, policy.id), user.userId);
      return { item: updated, entry };
    });
  }

  return { record, reverse };
}

export type ActualsService = ReturnType<typeof createActualsService>;
