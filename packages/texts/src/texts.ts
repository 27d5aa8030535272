import { currentLanguage, type Language } from './language';

/** One text in both languages; `{name}` placeholders are filled from the parameters. */
export interface TextEntry {
  readonly ru: string;
  readonly en: string;
}

export type TextParams = Readonly<Record<string, string | number>>;

/** A text to show someone: its reason code (stable, for clients to switch on) and its parameters. */
export interface Text {
  /** `<namespace>.<key>`, e.g. `crm.instalmentsTotalMismatch`. */
  readonly reason: string;
  readonly params: TextParams;
  render(language?: Language): string;
}

/** The placeholder names of a text, from its Russian wording: `'{a} и {b}'` → `'a' | 'b'`. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type ParamsArg<S extends string> = [Placeholders<S>] extends [never] ? [] : [params: Record<Placeholders<S>, string | number>];

const registry = new Map<string, TextEntry>();

const PLACEHOLDER = /\{(\w+)\}/g;
const placeholdersOf = (s: string) => [...new Set([...s.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();

function fill(template: string, params: TextParams): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export interface Texts<T extends Record<string, TextEntry>> {
  /** The text for a key, with the parameters its wording names (checked by the compiler). */
  <K extends keyof T & string>(key: K, ...params: ParamsArg<T[K]['ru']>): Text;
  /** The bare reason code, where only a string fits (a zod message): `parseInput` renders it. */
  reason(key: keyof T & string): string;
}

/**
 * A package's message table (one per package). Both languages must name the same placeholders: a
 * table that does not is refused when the package loads, so any test of it fails.
 */
export function defineTexts<const T extends Record<string, TextEntry>>(namespace: string, table: T): Texts<T> {
  for (const [key, entry] of Object.entries(table)) {
    const reason = `${namespace}.${key}`;
    if (placeholdersOf(entry.ru).join() !== placeholdersOf(entry.en).join()) throw new Error(`Text ${reason}: Russian and English name different placeholders`);
    if (registry.has(reason) && registry.get(reason) !== entry) throw new Error(`Text ${reason} is defined twice`);
    registry.set(reason, entry);
  }
  const text = <K extends keyof T & string>(key: K, ...[params]: ParamsArg<T[K]['ru']>): Text => {
    const reason = `${namespace}.${key}`;
    const values: TextParams = params ?? {};
    return { reason, params: values, render: (language = currentLanguage()) => fill(table[key]![language], values) };
  };
  return Object.assign(text, { reason: (key: keyof T & string) => `${namespace}.${key}` });
}

/** The text of a bare reason code (as a zod message carries it); undefined for a string that is none. */
export function reasonText(reason: string, params: TextParams = {}): Text | undefined {
  const entry = registry.get(reason);
  return entry && { reason, params, render: (language = currentLanguage()) => fill(entry[language], params) };
}
