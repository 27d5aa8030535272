/**
 * A currency's scale: how many digits its minor unit has (RUB 2, JPY 0, KWD 3), from ISO 4217 as the
 * browser's Intl data knows it — the same source the server uses (packages/contracts money.ts,
 * ADR 0048), so the app and the API agree on every currency's scale without sending it.
 */
const scales = new Map<string, number>();

export function currencyScale(currency: string): number {
  let scale = scales.get(currency);
  if (scale === undefined) {
    try {
      scale = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      scale = 2;
    }
    scales.set(currency, scale);
  }
  return scale;
}
