import Decimal from 'decimal.js';
import { sumDecimals } from '../../money/format-money';

export interface InstalmentDraft {
  dueDate: string;
  amount: string;
}

/** Do the instalments add up to the premium exactly (the server refuses them otherwise)? */
export function instalmentsBalance(premium: string, rows: readonly InstalmentDraft[]): { total: string; difference: string; balanced: boolean } {
  const total = sumDecimals(rows.map((r) => r.amount));
  const difference = new Decimal(premium || 0).minus(total).toFixed(2);
  return { total, difference, balanced: new Decimal(difference).isZero() };
}

/** The premium split into `count` equal parts to the kopeck, the remainder on the last part. */
export function splitEvenly(premium: string, count: number): string[] {
  const total = new Decimal(premium || 0);
  const part = total.dividedBy(count).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const last = total.minus(part.times(count - 1));
  return [...Array.from({ length: count - 1 }, () => part.toFixed(2)), last.toFixed(2)];
}
