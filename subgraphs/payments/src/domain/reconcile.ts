import { Decimal } from './decimal';
import type { ItemKind } from './money-summary';
import type { SchedulePlan } from './schedule-plan';

/** An item already in the schedule, as reconciliation sees it. */
export interface ExistingItem {
  id: string;
  kind: ItemKind;
  /** Its place in the terms; null for an item a person added by hand (never touched by regeneration). */
  position: number | null;
  dueDate: string | null;
  amount: string;
  description: string | null;
  /** Money has been recorded against it (even if later reversed): its history must stay as it is. */
  hasActuals: boolean;
}

export interface DesiredItem {
  kind: ItemKind;
  position: number;
  dueDate: string | null;
  amount: string;
  description: string | null;
}

export type ConflictCode = 'TERMS_CHANGED_ITEM_HAS_ACTUALS' | 'TERMS_REMOVED_ITEM_HAS_ACTUALS' | 'TOTAL_MISMATCH' | 'CURRENCY_MISMATCH';

export interface DetectedConflict {
  code: ConflictCode;
  itemId: string | null;
  /** What its text (payments.texts.ts, by code) is filled with; the item's kind is rendered in the reader's language. */
  params: Record<string, string | number>;
}

export interface Reconciliation {
  inserts: DesiredItem[];
  updates: (DesiredItem & { id: string })[];
  deletes: string[];
  conflicts: DetectedConflict[];
}

export function desiredItems(plan: SchedulePlan): DesiredItem[] {
  return [
    ...plan.instalments.map((i) => ({ kind: 'INSTALMENT' as const, position: i.position, dueDate: i.dueDate, amount: i.amount, description: null })),
    ...plan.commissions.map((c) => ({ kind: 'COMMISSION' as const, position: c.position, dueDate: c.dueDate, amount: c.amount, description: null })),
    ...plan.expenses.map((e) => ({ kind: 'EXPENSE' as const, position: e.position, dueDate: e.dueDate, amount: e.amount, description: e.description })),
  ];
}

function sameTerms(existing: ExistingItem, desired: DesiredItem): boolean {
  return existing.dueDate === desired.dueDate && new Decimal(existing.amount).equals(desired.amount) && existing.description === desired.description;
}

/** An item's terms in words neither language needs translating: `«Курьер» 500.00 · 2030-01-15`. */
function describe(item: { dueDate: string | null; amount: string; description: string | null }): string {
  return `${item.description ? `«${item.description}» ` : ''}${item.amount}${item.dueDate ? ` · ${item.dueDate}` : ''}`;
}

/**
 * Brings the generated part of a schedule in line with new terms, matching items by kind and
 * position. Items without actuals follow the terms (updated in place, added, or deleted: they are
 * plans, not money). Items with actuals are never changed: where the terms now say something else, a
 * conflict is reported for a person to settle. Items added by hand are left alone.
 */
export function reconcile(existing: readonly ExistingItem[], plan: SchedulePlan): Reconciliation {
  const result: Reconciliation = { inserts: [], updates: [], deletes: [], conflicts: plan.problems.map((p) => ({ code: p.code, itemId: null, params: p.params })) };
  if (plan.problems.some((p) => p.code === 'CURRENCY_MISMATCH')) return result;

  const desired = desiredItems(plan);
  const key = (kind: ItemKind, position: number) => `${kind}:${position}`;
  const byKey = new Map(existing.filter((e) => e.position !== null).map((e) => [key(e.kind, e.position ?? -1), e]));
  const wanted = new Set(desired.map((d) => key(d.kind, d.position)));

  for (const item of desired) {
    const current = byKey.get(key(item.kind, item.position));
    if (!current) result.inserts.push(item);
    else if (sameTerms(current, item)) continue;
    else if (!current.hasActuals) result.updates.push({ ...item, id: current.id });
    else
      result.conflicts.push({
        code: 'TERMS_CHANGED_ITEM_HAS_ACTUALS',
        itemId: current.id,
        params: { item: item.kind, number: item.position + 1, was: describe(current), now: describe(item) },
      });
  }
  for (const [itemKey, current] of byKey) {
    if (wanted.has(itemKey)) continue;
    if (!current.hasActuals) result.deletes.push(current.id);
    else
      result.conflicts.push({
        code: 'TERMS_REMOVED_ITEM_HAS_ACTUALS',
        itemId: current.id,
        params: { item: current.kind, number: (current.position ?? 0) + 1, was: describe(current) },
      });
  }
  return result;
}
