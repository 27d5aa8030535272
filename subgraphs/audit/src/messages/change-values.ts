import { codeWord, formatDay, formatMoney, formatRate, isDay, type WordGroup } from '@crm/texts';
import { isUuid } from '../services/event-entries';
import { lower, type Language } from './summaries';

/** Fields holding user ids: the API names them through Auth (`AuditFieldChange.fromUsers`). */
const USER_FIELDS = new Set(['ownerId', 'assigneeId', 'previousAssigneeId', 'participants', 'participantIds', 'authorId', 'dealOwnerId', 'userId']);
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
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The currency an entry's amounts are in: the event's `currency`, or its premium's; roubles when it names none. */
export function currencyOf(details: unknown): string {
  if (!isRecord(details)) return 'RUB';
  const premium = details['premium'];
  const stated = details['currency'] ?? (isRecord(premium) ? premium['currency'] : undefined);
  return typeof stated === 'string' && /^[A-Z]{3}$/.test(stated) ? stated : 'RUB';
}

/** The user ids a value of a user field holds (one id or a list); none for any other field. */
export function userIdsOf(field: string, value: unknown): string[] {
  if (!USER_FIELDS.has(field)) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string' && isUuid(v));
}

/**
 * One value of a changed field as a person reads it, in the reader's language: nothing as «—», codes as
 * the words the web app uses, amounts as money from their exact decimal strings, days as dates, rates as
 * percentages, yes/no, lists and objects (instalments, planned expenses) item by item. User ids stay ids
 * here: the API names them through Auth.
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
  if (MONEY_FIELDS.has(field)) return formatMoney(text, context.currency, lang);
  if (field === 'commissionRate' || field === 'rate') return formatRate(text, lang);
  const group = field === 'status' ? STATUS_WORDS[context.entityType ?? 'task'] : WORD_FIELDS[field];
  if (group) return codeWord(group, text, lang) ?? text;
  if (isDay(text)) return formatDay(text, lang);
  return text;
}
