import { formatMoney, isMoneyValue, type MoneyValue } from './format-values';
import { currentLanguage, type Language } from './language';

/** One text in both languages; `{name}` placeholders are filled from the parameters. */
export interface TextEntry {
  readonly ru: string;
  readonly en: string;
}

/** A value: data as written, or money kept typed (amount and currency apart) and shown in the reader's language (ADR 0078). */
export type TextValue = string | number | MoneyValue;
/** A parameter: a value, or a list of them shown one after another with commas («КАСКО, 50 000,00 ₽»). */
export type TextParam = TextValue | readonly TextValue[];
export type TextParams = Readonly<Record<string, TextParam>>;

/** A text to show someone: its reason code (stable, for clients to switch on) and its parameters. */
export interface Text {
  /** `<namespace>.<key>`, e.g. `crm.instalmentsTotalMismatch`. */
  readonly reason: string;
  readonly params: TextParams;
  render(language?: Language): string;
}

/** The placeholder names of a text, from its Russian wording: `'{a} и {b}'` → `'a' | 'b'`. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type ParamsArg<S extends string> = [Placeholders<S>] extends [never] ? [] : [params: Record<Placeholders<S>, TextParam>];

const registry = new Map<string, TextEntry>();

const PLACEHOLDER = /\{(\w+)\}/g;
const placeholdersOf = (s: string) => [...new Set([...s.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();

function fill(template: string, params: TextParams, language: Language): string {
  const value = (v: TextValue) => (isMoneyValue(v) ? formatMoney(v.amount, v.currency, language) : String(v));
  const shown = (param: TextParam) => (Array.isArray(param) ? param.map(value).join(', ') : value(param as TextValue));
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? shown(params[name]!) : whole));
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
    return { reason, params: values, render: (language = currentLanguage()) => fill(table[key]![language], values, language) };
  };
  return Object.assign(text, { reason: (key: keyof T & string) => `${namespace}.${key}` });
}

/** The text of a bare reason code (as a zod message carries it); undefined for a string that is none. */
export function reasonText(reason: string, params: TextParams = {}): Text | undefined {
  const entry = registry.get(reason);
  return entry && { reason, params, render: (language = currentLanguage()) => fill(entry[language], params, language) };
}
