import type { Language } from '@crm/texts';
import type { EntryRow } from '../db/entries-table';
import { summarize } from '../messages/summaries';
import { auditText } from '../audit.texts';

const COLUMNS = [
  ['csvRecordedAt', (e) => e.recordedAt.toISOString()],
  ['csvSequence', (e) => String(e.sequence)],
  ['csvActorKind', (e) => e.actorKind],
  ['csvActorId', (e) => e.actorId],
  ['csvChannel', (e) => e.channel],
  ['csvAction', (e) => e.action],
  ['csvSummary', (e, language) => summarize(e, language === 'en' ? 'EN' : 'RU')],
  ['csvOutcome', (e) => e.outcome],
  ['csvEntityType', (e) => e.entityType],
  ['csvEntityId', (e) => e.entityId],
  ['csvDealId', (e) => e.dealId],
  ['csvRequestId', (e) => e.requestId],
  ['csvTraceId', (e) => e.traceId],
  ['csvOperation', (e) => e.operationName],
  ['csvChanges', (e) => (e.changes ? JSON.stringify(e.changes) : null)],
  ['csvDetails', (e) => (e.details === null ? null : JSON.stringify(e.details))],
] as const satisfies readonly (readonly [Parameters<typeof auditText>[0], (entry: EntryRow, language: Language) => string | null])[];

/** The header row, in the language the export was asked in. */
export function csvHeader(language: Language): string[] {
  return COLUMNS.map(([text]) => auditText(text).render(language));
}

/**
 * One entry as CSV cells. A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at
 * its start: user text lands in details) is prefixed with an apostrophe (OWASP's CSV injection advice).
 */
export function csvCells(entry: EntryRow, language: Language): string[] {
  return COLUMNS.map(([, value]) => neutralised(value(entry, language) ?? ''));
}

function neutralised(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
