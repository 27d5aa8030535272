import { codeWord, type Language as TextLanguage } from '@crm/texts';
import { auditTextEntry } from '../audit.texts';
import type { EntryRow } from '../db/entries-table';

export type Language = 'RU' | 'EN';

const PLACEHOLDER = /\{(\w+)\}/g;

export const lower = (language: Language): TextLanguage => (language === 'EN' ? 'en' : 'ru');

function render(key: string, language: Language, params: Readonly<Record<string, unknown>>): string | undefined {
  const entry = auditTextEntry(key);
  return entry?.[lower(language)].replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
  });
}

/** A changed field's name as a word in the reader's language (`reviewDate` → «дата рассмотрения»); the code when the table has none. */
export function fieldName(field: string, language: Language): string {
  return render(`field.${field}`, language, {}) ?? field;
}

/** A mutation call's fields (`addCalculation`, `a+b` for a request with several) as words; the code where the table has none. */
export function operationName(fields: string, language: Language): string {
  return fields
    .split('+')
    .map((field) => render(`operation.${field}`, language, {}) ?? field)
    .join(', ');
}

/** The key of an action's text: `documents.file.removed` reads differently by its reason. */
function actionKey(action: string, details: Readonly<Record<string, unknown>>): string {
  const reason = details['reason'];
  return action === 'documents.file.removed' && typeof reason === 'string' ? `action.${action}.${reason}` : `action.${action}`;
}

/** The entry in words, in the reader's language, from its codes, its data and the names of the fields it changed. */
export function summarize(entry: Pick<EntryRow, 'action' | 'outcome' | 'changes'> & Partial<Pick<EntryRow, 'details'>>, language: Language): string {
  if (entry.action.startsWith('mutation.')) {
    const operation = operationName(entry.action.slice('mutation.'.length), language);
    const outcome = codeWord('outcome', entry.outcome, lower(language)) ?? entry.outcome;
    return render(entry.outcome === 'ok' ? 'mutationDone' : 'mutationRefused', language, { operation, outcome })!;
  }
  const details = entry.details !== null && typeof entry.details === 'object' && !Array.isArray(entry.details) ? (entry.details as Record<string, unknown>) : {};
  const fields = Object.keys(entry.changes ?? {})
    .map((field) => fieldName(field, language))
    .join(', ');
  const text = render(actionKey(entry.action, details), language, { ...details, fields }) ?? render('otherEvent', language, { action: entry.action })!;
  return text.replace(/:\s*$/, '');
}
