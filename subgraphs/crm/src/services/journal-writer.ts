import type { Executor } from '@crm/platform';
import { reasonText, type Language, type Text } from '@crm/texts';
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

/**
 * An entry's text in `language`: a coded entry is rendered (a `…Stage` parameter as the stage's
 * name), anything else (people's entries, SYSTEM entries written before codes) reads as written.
 */
export function journalEntryText(entry: EntryText, language?: Language): string {
  if (!entry.textReason) return entry.text;
  const params = Object.fromEntries(
    Object.entries(entry.textParams ?? {}).map(([name, value]) => [name, name.endsWith('Stage') ? (reasonText(`crm.stage.${value}`)?.render(language) ?? value) : value]),
  );
  return reasonText(entry.textReason, params)?.render(language) ?? entry.text;
}
