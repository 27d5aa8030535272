import type { Executor } from '@crm/platform';
import { codeWord, currentLanguage, formatDay, formatMoney, isDay, reasonText, type Language, type Text, type TextParam } from '@crm/texts';
import type { Clock } from '../clock';
import { journalEntries, type DealRow, type JournalEntryRow, type JournalKind } from '../db/schema';
import type { CrmEventsPublisher } from '../events/crm-events.publisher';
// The tables a stored reason code is looked up in.
import '../journal.texts';

export interface JournalWriterDeps {
  clock: Clock;
  events: CrmEventsPublisher;
}

type EntryText = Pick<JournalEntryRow, 'text' | 'textReason' | 'textParams'>;

/** Adds an entry to a deal's journal inside `tx` and publishes crm.journal.entry_added. */
export async function writeJournalEntry(
  tx: Executor,
  { clock, events }: JournalWriterDeps,
  deal: Pick<DealRow, 'id' | 'organizationId'>,
  entry: { kind: JournalKind; authorId: string | null } & Pick<EntryText, 'text'> & Partial<EntryText>,
): Promise<JournalEntryRow> {
  const now = clock();
  const [row] = await tx
    .insert(journalEntries)
    .values({ organizationId: deal.organizationId, dealId: deal.id, ...entry, createdAt: now, updatedAt: now })
    .returning();
  await events.journalEntryAdded(tx, row!);
  return row!;
}

/**
 * What the system notes on a deal when something happens to it: a text of `journalText`
 * (`journalText('taskDone', { title })`), kept as its reason code and parameters so each reader
 * reads it in their language; the `text` column keeps the Russian rendering (ADR 0054).
 */
export function writeSystemEntry(tx: Executor, deps: JournalWriterDeps, deal: Pick<DealRow, 'id' | 'organizationId'>, text: Text) {
  const entry = { textReason: text.reason, textParams: { ...text.params } };
  return writeJournalEntry(tx, deps, deal, { kind: 'SYSTEM', authorId: null, ...entry, text: journalEntryText({ ...entry, text: '' }, 'ru') });
}

const LEGACY_DECIMAL = /^-?\d+(\.\d+)?$/;
/** A decimal with its currency code at the end of a parameter (`…, 50000.00 RUB`, `45000.00 RUB`). */
const LEGACY_TRAILING_MONEY = /(-?\d+(?:\.\d+)?) ([A-Z]{3})$/;

/**
 * Money in entries written before parameters kept it typed (ADR 0078), shown in the reader's
 * language: `"45000.00 RUB"` in `amount`/`premium` (ADR 0072), an `amount`/`premium` decimal beside a
 * `currency` (before that), or a calculation's description ending in `, 50000.00 RUB`. New entries
 * keep money as `{ amount, currency }` (a calculation as a list: its description, then its premium),
 * which the text itself formats; only these three old shapes are read with a pattern.
 */
function legacyMoneyText(name: string, value: string, params: Readonly<Record<string, unknown>>, language: Language): string {
  if (name !== 'amount' && name !== 'premium' && name !== 'calculation') return value;
  const currency = params['currency'];
  if (name !== 'calculation' && typeof currency === 'string' && LEGACY_DECIMAL.test(value)) return formatMoney(value, currency, language);
  return value.replace(LEGACY_TRAILING_MONEY, (_, amount: string, code: string) => formatMoney(amount, code, language));
}

/**
 * A parameter as the reader reads it: a `…Stage` code as the stage's word, a day as a date, money
 * written before it was typed by `legacyMoneyText`; typed money (and lists of values) is formatted by
 * the text itself, titles, numbers and names read as written.
 */
function paramText(name: string, value: TextParam, params: Readonly<Record<string, unknown>>, language: Language): TextParam {
  if (typeof value !== 'string') return value;
  if (name.endsWith('Stage')) return codeWord('stage', value, language) ?? value;
  if (isDay(value)) return formatDay(value, language);
  return legacyMoneyText(name, value, params, language);
}

/**
 * An entry's text in `language`: a coded entry is rendered (its parameters by `paramText`), anything
 * else (people's entries, SYSTEM entries written before codes) reads as written.
 */
export function journalEntryText(entry: EntryText, language: Language = currentLanguage()): string {
  if (!entry.textReason) return entry.text;
  const stored = entry.textParams ?? {};
  const params = Object.fromEntries(Object.entries(stored).map(([name, value]) => [name, paramText(name, value, stored, language)]));
  return reasonText(entry.textReason, params)?.render(language) ?? entry.text;
}
