import { AsyncLocalStorage } from 'node:async_hooks';

export type Language = 'ru' | 'en';
export const LANGUAGES: readonly Language[] = ['ru', 'en'];
/** The brokerages this serves work in Russian; English is the second language. */
export const DEFAULT_LANGUAGE: Language = 'ru';

/**
 * The language a client asked for with `Accept-Language` (RFC 9110: the highest-weighted of ours;
 * `en-GB` counts as `en`), Russian when it names neither.
 */
export function languageFromAcceptLanguage(header: string | undefined | null): Language {
  if (!header) return DEFAULT_LANGUAGE;
  let best: { language: Language; weight: number } | undefined;
  for (const part of header.split(',')) {
    const [range = '', ...parameters] = part.trim().toLowerCase().split(';');
    const language = LANGUAGES.find((l) => range === l || range.startsWith(`${l}-`));
    if (!language) continue;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    if (Number.isFinite(weight) && weight > 0 && (!best || weight > best.weight)) best = { language, weight };
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}

const requestLanguage = new AsyncLocalStorage<Language>();

/** Runs a request's work in the language its texts (errors included) are written in. */
export function runInLanguage<T>(language: Language, fn: () => T): T {
  return requestLanguage.run(language, fn);
}

/** The current request's language; Russian outside a request (jobs, consumers). */
export function currentLanguage(): Language {
  return requestLanguage.getStore() ?? DEFAULT_LANGUAGE;
}
