import type { Language } from '@crm/texts';
import type { EntryRow } from '../db/entries-table';
import { changesText, namedIdsOf } from '../messages/change-values';
import { summarize, type Language as AuditLanguage } from '../messages/summaries';
import { auditText } from '../audit.texts';

type Names = ReadonlyMap<string, string>;
type Cell = (entry: EntryRow, language: AuditLanguage, names: Names) => string | null;

const COLUMNS = [
  ['csvRecordedAt', (e) => e.recordedAt.toISOString()],
  ['csvSequence', (e) => String(e.sequence)],
  ['csvActorKind', (e) => e.actorKind],
  ['csvActorId', (e) => e.actorId],
  ['csvActorName', (e, _l, names) => (e.actorId ? (names.get(e.actorId) ?? null) : null)],
  ['csvChannel', (e) => e.channel],
  ['csvAction', (e) => e.action],
  ['csvSummary', (e, language) => summarize(e, language)],
  ['csvOutcome', (e) => e.outcome],
  ['csvEntityType', (e) => e.entityType],
  ['csvEntityId', (e) => e.entityId],
  ['csvDealId', (e) => e.dealId],
  ['csvRequestId', (e) => e.requestId],
  ['csvTraceId', (e) => e.traceId],
  ['csvOperation', (e) => e.operationName],
  ['csvChanges', (e, language, names) => changesText(e, language, names)],
  ['csvDetails', (e) => (e.details === null ? null : JSON.stringify(e.details))],
] as const satisfies readonly (readonly [Parameters<typeof auditText>[0], Cell])[];

/** How the CSV is written: `;`-separated with a BOM and CRLF, as Russian Excel opens it; csv-stringify quotes what needs it. */
export const CSV_OPTIONS = { delimiter: ';', bom: true, record_delimiter: 'windows' } as const;

/** The header row, in the language the export was asked in. */
export function csvHeader(language: Language): string[] {
  return COLUMNS.map(([text]) => auditText(text).render(language));
}

/**
 * One entry as CSV cells, with the names of the people and clients it refers to. A cell a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@`, tab, CR at its start: user text lands in details and in
 * names) is prefixed with an apostrophe (OWASP's CSV injection advice).
 */
export function csvCells(entry: EntryRow, language: Language, names: Names = new Map()): string[] {
  return COLUMNS.map(([, value]) => neutralised(value(entry, language === 'en' ? 'EN' : 'RU', names) ?? ''));
}

/** The export's rows: the header, then each page of entries with the names it refers to, looked up once per page. */
export async function* csvRows(language: Language, pages: AsyncIterable<EntryRow[]>, namesOf: (ids: string[]) => Promise<Names>): AsyncGenerator<string[]> {
  yield csvHeader(language);
  for await (const page of pages) {
    const names = await namesOf(page.flatMap((entry) => [...(entry.actorId ? [entry.actorId] : []), ...namedIdsOf(entry)]));
    for (const entry of page) yield csvCells(entry, language, names);
  }
}

function neutralised(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
