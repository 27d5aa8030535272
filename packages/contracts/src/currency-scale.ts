/**
 * The one home of a currency's scale (ADR 0048): how many digits its minor unit has (RUB 2 for
 * kopecks, JPY 0, KWD 3), from ISO 4217 as the runtime's Intl data knows it. No imports: the web app
 * uses this very file too, so the browser and the API agree on every currency's scale.
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
