import { formatDay, formatMoney, type Text } from '@crm/texts';
import { NOTIFICATIONS_TEXTS, notificationsText } from '../notifications.texts';
import type { Language, NotificationKind } from './notification-kinds';

export interface RenderedText {
  title: string;
  body: string;
}

type Params = Record<string, string>;
type TextKey = keyof typeof NOTIFICATIONS_TEXTS;

/** The counts of the morning digest, in this order; a zero count is left out. */
export const DIGEST_COUNTS = ['reviewDue', 'overdue', 'tasks'] as const;

const PLACEHOLDER = /\{(\w+)\}/g;

/** One entry of the texts table; a parameter the stored notification lacks renders empty, never throws. */
function text(key: TextKey, params: Params, language: Language): string {
  const filled = Object.fromEntries([...NOTIFICATIONS_TEXTS[key].ru.matchAll(PLACEHOLDER)].map(([, name]) => [name!, params[name!] ?? '']));
  const render = notificationsText as unknown as (key: TextKey, params: Params) => Text;
  return render(key, filled).render(language === 'EN' ? 'en' : 'ru');
}

function digestItems(params: Params, language: Language): string {
  const plural = new Intl.PluralRules(language === 'RU' ? 'ru' : 'en');
  return DIGEST_COUNTS.filter((name) => Number(params[name] ?? 0) > 0)
    .map((name) => {
      const count = Number(params[name]);
      return text(`DAILY_DIGEST.${name}.${plural.select(count)}` as TextKey, { count: String(count) }, language);
    })
    .join(', ');
}

/** `ROLES_CHANGED` stores role codes (`SELLER,EXECUTOR`); the reader sees their names. */
function roleNames(params: Params, language: Language): string {
  const codes = (params.roles ?? '').split(',').filter((code) => `role.${code}` in NOTIFICATIONS_TEXTS);
  return codes.length === 0 ? text('role.none', {}, language) : codes.map((code) => text(`role.${code}` as TextKey, {}, language)).join(', ');
}

/** The stored calendar days of a notification (`YYYY-MM-DD`), shown as dates of the reader's language. */
const DAY_PARAMS = ['dueDate', 'reviewDate'] as const;

/**
 * Money and days as the reader's language writes them: a stored `amount` (an exact decimal string)
 * with its `currency` becomes one money text («13 000,10 ₽», "RUB 13,000.10") by the shared formatter.
 */
function valueParams(params: Params, language: Language): Params {
  const lang = language === 'EN' ? 'en' : 'ru';
  const values: Params = { ...params };
  if (params.amount !== undefined && params.currency) values.amount = formatMoney(params.amount, params.currency, lang);
  for (const name of DAY_PARAMS) if (params[name]) values[name] = formatDay(params[name]!, lang);
  return values;
}

/** The body's parameters: stored ones, with those that read differently per language rendered. */
function bodyParams(kind: NotificationKind, params: Params, language: Language): Params {
  if (kind === 'DAILY_DIGEST') return { items: digestItems(params, language) };
  if (kind === 'ROLES_CHANGED') return { ...params, roles: roleNames(params, language) };
  if (kind === 'NEW_DEVICE_LOGIN' && !params.clientAddress) return { ...params, clientAddress: text('unknownAddress', {}, language) };
  return valueParams(params, language);
}

function title(kind: NotificationKind, params: Params, language: Language): string {
  const byStatus = `${kind}.title.${params.status ?? ''}`;
  return text((kind === 'TASK_STATUS_CHANGED' && byStatus in NOTIFICATIONS_TEXTS ? byStatus : `${kind}.title`) as TextKey, params, language);
}

/**
 * A notification's title and body in the reader's language, from its kind and stored parameters
 * (SPEC: text is stored as a code plus parameters). The wording lives in `notifications.texts.ts`.
 */
export function renderNotification(kind: NotificationKind, params: Params, language: Language = 'RU'): RenderedText {
  return { title: title(kind, params, language), body: text(`${kind}.body` as TextKey, bodyParams(kind, params, language), language) };
}

/** A Telegram button's caption. */
export const buttonText = (button: 'takeTask' | 'openDeal', language: Language) => text(`button.${button}`, {}, language);
