import { codeWord, formatDay, formatMoney, formatRate, isDay, type WordGroup } from '@crm/texts';
import { isUuid } from '../services/event-entries';
import type { EntryRow } from '../db/entries-table';
import { fieldName, lower, type Language } from './summaries';

/** Fields holding user ids: the API names them through Auth (`AuditFieldChange.fromUsers`). */
const USER_FIELDS = new Set(['ownerId', 'assigneeId', 'previousAssigneeId', 'participants', 'participantIds', 'authorId', 'dealOwnerId', 'userId']);
/** Fields holding client ids (a deal's client, a merge's two): named from the trail (ADR 0077). */
const CLIENT_FIELDS = new Set(['clientId', 'sourceClientId', 'targetClientId']);
/** Fields holding an amount as a decimal string in the entity's currency. */
const MONEY_FIELDS = new Set(['premium', 'sumInsured', 'commissionAmount', 'amount', 'expectedPremiumAmount']);
/** Fields holding a code with a word (`stage: NEGOTIATION` → «Переговоры»). */
const WORD_FIELDS: Readonly<Record<string, WordGroup>> = { stage: 'stage', kind: 'kind', roles: 'role', insuranceType: 'insuranceType' };
/** A `status` reads by what it is the status of. */
const STATUS_WORDS: Readonly<Record<string, WordGroup>> = { task: 'taskStatus', calculation: 'calculationStatus', policy: 'policyStatus' };

const EMPTY = '—';

/** What a value is rendered with: the currency of the entity its amounts are in, and the kind of entity (`task`, `policy`…). */
export interface ValueContext {
  currency: string;
  entityType?: string | null;
  /** Names of the users and clients the values refer to, by id; an id without one stays an id. */
  names?: ReadonlyMap<string, string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The currency an entry's amounts are in: the event's `currency`, or its premium's; roubles when it names none. */
export function currencyOf(details: unknown): string {
  if (!isRecord(details)) return 'RUB';
  const premium = details['premium'];
  const stated = details['currency'] ?? (isRecord(premium) ? premium['currency'] : undefined);
  return typeof stated === 'string' && /^[A-Z]{3}$/.test(stated) ? stated : 'RUB';
}

function idsOf(fields: ReadonlySet<string>, field: string, value: unknown): string[] {
  if (!fields.has(field)) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string' && isUuid(v));
}

/** The user ids a value of a user field holds (one id or a list); none for any other field. */
export const userIdsOf = (field: string, value: unknown): string[] => idsOf(USER_FIELDS, field, value);

/** The client ids a value of a client field holds; none for any other field. */
export const clientIdsOf = (field: string, value: unknown): string[] => idsOf(CLIENT_FIELDS, field, value);

/**
 * One value of a changed field as a person reads it, in the reader's language: nothing as «—», codes as
 * the words the web app uses, amounts as money from their exact decimal strings, days as dates, rates as
 * percentages, yes/no, lists and objects (instalments, planned expenses) item by item, user and client ids
 * by the names the context gives (the API names users through Auth instead).
 */
export function valueText(field: string, value: unknown, language: Language, context: ValueContext): string {
  const lang = lower(language);
  if (value === null || value === undefined || value === '') return EMPTY;
  if (Array.isArray(value)) return value.length === 0 ? EMPTY : value.map((item) => valueText(field, item, language, context)).join(', ');
  if (typeof value === 'boolean') return codeWord('boolean', String(value), lang)!;
  if (isRecord(value)) {
    const { amount, currency } = value;
    if (typeof amount === 'string' && typeof currency === 'string') return formatMoney(amount, currency, lang);
    return Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([key, v]) => valueText(key, v, language, context))
      .join(' — ');
  }
  const text = String(value);
  const name = USER_FIELDS.has(field) || CLIENT_FIELDS.has(field) ? context.names?.get(text) : undefined;
  if (name) return name;
  if (MONEY_FIELDS.has(field)) return formatMoney(text, context.currency, lang);
  if (field === 'commissionRate' || field === 'rate') return formatRate(text, lang);
  const group = field === 'status' ? STATUS_WORDS[context.entityType ?? 'task'] : WORD_FIELDS[field];
  if (group) return codeWord(group, text, lang) ?? text;
  if (isDay(text)) return formatDay(text, lang);
  return text;
}

type ChangedEntry = Pick<EntryRow, 'changes' | 'details' | 'entityType'>;

/** The ids of the users and clients an entry's changes refer to. */
export function namedIdsOf(entry: ChangedEntry): string[] {
  return Object.entries(entry.changes ?? {}).flatMap(([field, { from, to }]) => [...userIdsOf(field, from), ...userIdsOf(field, to), ...clientIdsOf(field, from), ...clientIdsOf(field, to)]);
}

/**
 * An entry's changes as one text, the words the web app shows in its change lines
 * («этап: Расчёт → Переговоры; исполнитель: — → Иван Петров»); null when it changed nothing.
 */
export function changesText(entry: ChangedEntry, language: Language, names: ReadonlyMap<string, string>): string | null {
  const context: ValueContext = { currency: currencyOf(entry.details), entityType: entry.entityType, names };
  const lines = Object.entries(entry.changes ?? {}).map(
    ([field, { from, to }]) => `${fieldName(field, language)}: ${valueText(field, from, language, context)} → ${valueText(field, to, language, context)}`,
  );
  return lines.length > 0 ? lines.join('; ') : null;
}
