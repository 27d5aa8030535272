import type { Text } from '@crm/texts';
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

function title(kind: NotificationKind, params: Params, language: Language): string {
  const byStatus = `${kind}.title.${params.status ?? ''}`;
  return text((kind === 'TASK_STATUS_CHANGED' && byStatus in NOTIFICATIONS_TEXTS ? byStatus : `${kind}.title`) as TextKey, params, language);
}

/**
 * A notification's title and body in the reader's language, from its kind and stored parameters
 * (SPEC: text is stored as a code plus parameters). The wording lives in `notifications.texts.ts`.
 */
export function renderNotification(kind: NotificationKind, params: Params, language: Language = 'RU'): RenderedText {
  const bodyParams = kind === 'DAILY_DIGEST' ? { items: digestItems(params, language) } : params;
  return { title: title(kind, params, language), body: text(`${kind}.body` as TextKey, bodyParams, language) };
}

/** A Telegram button's caption. */
export const buttonText = (button: 'takeTask' | 'openDeal', language: Language) => text(`button.${button}`, {}, language);
