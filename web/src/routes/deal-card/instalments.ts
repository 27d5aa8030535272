import { currencyScale } from '../../money/currency-scale';
import { subtractDecimals, sumDecimals } from '../../money/format-money';
import { fromMinorUnits, isDecimal, toMinorUnits } from '../../money/minor-units';

export interface InstalmentDraft {
  dueDate: string;
  amount: string;
}

/** Do the instalments add up to the premium exactly, in the premium's currency (the server refuses them otherwise)? */
export function instalmentsBalance(premium: string, rows: readonly InstalmentDraft[], currency = 'RUB'): { total: string; difference: string; balanced: boolean } {
  const total = sumDecimals(rows.map((r) => r.amount), currency);
  const difference = subtractDecimals(premium, total, currency);
  return { total, difference, balanced: !/[1-9]/.test(difference) };
}

/** The premium split into `count` equal parts to the currency's minor unit, the remainder on the last part. */
export function splitEvenly(premium: string, count: number, currency = 'RUB'): string[] {
  const scale = currencyScale(currency);
  const total = premium && isDecimal(premium) ? toMinorUnits(premium, scale) : 0n;
  const parts = BigInt(Math.max(1, Math.trunc(count)));
  const part = total / parts; // BigInt division truncates toward zero, like ROUND_DOWN
  const last = total - part * (parts - 1n);
  return [...Array.from({ length: Number(parts) - 1 }, () => fromMinorUnits(part, scale)), fromMinorUnits(last, scale)];
}
