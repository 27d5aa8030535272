import type { Executor } from '@crm/platform';
import { codeWord, currentLanguage, formatDay, formatMoney, isDay, reasonText, type Language, type Text } from '@crm/texts';
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

/** An amount as a journal parameter: `"45000.00 RUB"`, shown as money in the reader's language. */
export const moneyParam = (amount: string, currency: string): string => `${amount} ${currency}`;

/** A decimal with its currency code at the end of a parameter (`…, 50000.00 RUB`). */
const TRAILING_MONEY = /(-?\d+(?:\.\d+)?) ([A-Z]{3})$/;

/**
 * A parameter as the reader reads it: a `…Stage` code as the stage's word, money (`moneyParam`, or an
 * `amount`/`premium` beside a `currency` as entries written before it had) in the language's format, a
 * day as a date; titles, numbers and names as written.
 */
function paramText(name: string, value: unknown, params: Readonly<Record<string, unknown>>, language: Language): unknown {
  if (typeof value !== 'string') return value;
  if (name.endsWith('Stage')) return codeWord('stage', value, language) ?? value;
  const currency = params['currency'];
  if ((name === 'amount' || name === 'premium') && typeof currency === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return formatMoney(value, currency, language);
  if (isDay(value)) return formatDay(value, language);
  return value.replace(TRAILING_MONEY, (_, amount: string, code: string) => formatMoney(amount, code, language));
}

/**
 * An entry's text in `language`: a coded entry is rendered (its parameters by `paramText`), anything
 * else (people's entries, SYSTEM entries written before codes) reads as written.
 */
export function journalEntryText(entry: EntryText, language: Language = currentLanguage()): string {
  if (!entry.textReason) return entry.text;
  const stored = entry.textParams ?? {};
  const params = Object.fromEntries(Object.entries(stored).map(([name, value]) => [name, paramText(name, value, stored, language)]));
  return reasonText(entry.textReason, params as Record<string, string | number>)?.render(language) ?? entry.text;
}
