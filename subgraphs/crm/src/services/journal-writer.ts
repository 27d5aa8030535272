import type { Executor } from '@crm/platform';
import type { Clock } from '../clock';
import { journalEntries, type DealRow, type JournalEntryRow, type JournalKind } from '../db/schema';
import type { CrmEventsPublisher } from '../events/crm-events.publisher';

export interface JournalWriterDeps {
  clock: Clock;
  events: CrmEventsPublisher;
}

/** Adds an entry to a deal's journal inside `tx` and publishes crm.journal.entry_added. */
export async function writeJournalEntry(
  tx: Executor,
  { clock, events }: JournalWriterDeps,
  deal: Pick<DealRow, 'id' | 'organizationId'>,
  entry: { kind: JournalKind; text: string; authorId: string | null },
): Promise<JournalEntryRow> {
  const now = clock();
  const [row] = await tx
    .insert(journalEntries)
    .values({ organizationId: deal.organizationId, dealId: deal.id, ...entry, createdAt: now, updatedAt: now })
    .returning();
  await events.journalEntryAdded(tx, row!);
  return row!;
}

/** What the system notes on a deal when something happens to it. */
export function writeSystemEntry(tx: Executor, deps: JournalWriterDeps, deal: Pick<DealRow, 'id' | 'organizationId'>, text: string) {
  return writeJournalEntry(tx, deps, deal, { kind: 'SYSTEM', text, authorId: null });
}
