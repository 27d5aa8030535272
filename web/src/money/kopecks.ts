/**
 * Exact decimal strings ↔ whole kopecks (cents) as BigInt: the app's money arithmetic without a float
 * and without a decimal library in the first-load bundle. Beyond two places it rounds half away from zero.
 */
const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?$/;

/** "1234.5" → 123450n; throws on anything that is not a plain decimal. */
export function toKopecks(amount: string): bigint {
  const match = DECIMAL.exec(amount.trim());
  if (!match) throw new RangeError(`not a decimal: ${amount}`);
  const [, sign, whole, fraction = ''] = match;
  let kopecks = BigInt(whole!) * 100n + BigInt((fraction + '00').slice(0, 2));
  if ((fraction[2] ?? '0') >= '5') kopecks += 1n;
  return sign === '-' ? -kopecks : kopecks;
}

/** 123450n → "1234.50". */
export function fromKopecks(kopecks: bigint): string {
  const negative = kopecks < 0n;
  const digits = (negative ? -kopecks : kopecks).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
