import { reasonText } from '@crm/texts';
import type { ScheduleConflictRow } from '../db/schema';
import { paymentsText } from '../payments.texts';

const ITEM_KINDS = ['INSTALMENT', 'COMMISSION', 'EXPENSE'] as const;
const isItemKind = (value: unknown): value is (typeof ITEM_KINDS)[number] => ITEM_KINDS.includes(value as never);

/** A conflict's sentence in the reader's language: its code's wording filled with its parameters, the item's kind translated. */
export function conflictMessage(conflict: Pick<ScheduleConflictRow, 'code' | 'params' | 'message'>): string {
  // Recorded before conflicts kept parameters: their English sentence is all there is.
  if (conflict.message && Object.keys(conflict.params).length === 0) return conflict.message;
  const { item, ...params } = conflict.params;
  const filled = isItemKind(item) ? { ...params, item: paymentsText(item).render() } : params;
  return reasonText(paymentsText.reason(conflict.code), filled)?.render() ?? conflict.code;
}
