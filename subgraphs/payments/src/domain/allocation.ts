import { Decimal, type DecimalValue } from './decimal';

/**
 * Splits `total` into parts proportional to `weights`, in whole minor units, so that the parts sum
 * to the total exactly (largest-remainder method; `scale` is the currency's minor-unit digits): every part first gets the floor of its exact
 * share; the minor units left over go one each to the parts with the largest fractional remainders,
 * ties to the earlier part. Each part is therefore within one minor unit of its exact share, and the
 * result depends only on the inputs. No weights (or all zero / any negative) means equal parts.
 */
export function allocate(total: DecimalValue, weights: readonly DecimalValue[], scale = 2): Decimal[] {
  const count = weights.length;
  if (count === 0) return [];
  const unit = 10 ** scale;
  const minorTotal = new Decimal(total).toDecimalPlaces(scale, Decimal.ROUND_HALF_UP).times(unit);
  if (minorTotal.isNegative()) return allocate(minorTotal.negated().div(unit), weights, scale).map((part) => part.negated());

  const parsed = weights.map((weight) => new Decimal(weight));
  const usable = parsed.every((w) => !w.isNegative()) && parsed.some((w) => w.greaterThan(0));
  const shares = usable ? parsed : parsed.map(() => new Decimal(1));
  const weightSum = shares.reduce((acc, w) => acc.plus(w), new Decimal(0));

  const exact = shares.map((w) => minorTotal.times(w).div(weightSum));
  const floors = exact.map((share) => share.floor());
  let leftover = minorTotal.minus(floors.reduce((acc, f) => acc.plus(f), new Decimal(0))).toNumber();
  const order = exact
    .map((share, index) => ({ index, remainder: share.minus(floors[index] ?? 0) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const parts = [...floors];
  for (const { index } of order) {
    if (leftover <= 0) break;
    parts[index] = (parts[index] ?? new Decimal(0)).plus(1);
    leftover -= 1;
  }
  return parts.map((minor) => minor.div(unit));
}

/** Equal parts of `total` (the first parts carry the extra minor units). */
export function splitEvenly(total: DecimalValue, count: number): Decimal[] {
  return allocate(total, Array.from({ length: count }, () => 1));
}
