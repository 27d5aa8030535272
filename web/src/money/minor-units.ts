/**
 * Exact decimal strings ↔ whole minor units (kopecks, cents, fils…) as BigInt at a given scale: the
 * app's money arithmetic without a float and without a decimal library in the first-load bundle.
 * Digits beyond the scale round half away from zero.
 */
const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?$/;

/** ("1234.5", 2) → 123450n; ("1.2345", 3) → 1235n; throws on anything that is not a plain decimal. */
export function toMinorUnits(amount: string, scale: number): bigint {
  const match = DECIMAL.exec(amount.trim());
  if (!match) throw new RangeError(`not a decimal: ${amount}`);
  const [, sign, whole, fraction = ''] = match;
  const padded = fraction.padEnd(scale + 1, '0');
  let units = BigInt(whole!) * 10n ** BigInt(scale) + BigInt(padded.slice(0, scale) || '0');
  if (padded[scale]! >= '5') units += 1n;
  return sign === '-' ? -units : units;
}

/** (123450n, 2) → "1234.50"; (5n, 0) → "5"; (1235n, 3) → "1.235". */
export function fromMinorUnits(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${digits.slice(-scale)}` : ''}`;
}

/** Is this a plain decimal string at all? */
export function isDecimal(amount: string): boolean {
  return DECIMAL.test(amount.trim());
}
