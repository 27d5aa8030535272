import type { InlineKeyboard } from 'grammy';
import type { Texts } from '../i18n';

/** Items per page of a list in a chat. */
export const PAGE_SIZE = 5;

/**
 * Page `page` (0-based) of a list read with `first = (page + 1) * PAGE_SIZE`: callback data holds the page
 * number, not the API's cursor, which could outgrow Telegram's 64 bytes.
 */
export function pageOf<T>(items: T[], page: number): T[] {
  return items.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
}

/** Previous/next buttons; `prefix` + page number is their callback data. */
export function pageButtons(keyboard: InlineKeyboard, t: Texts, prefix: string, page: number, hasNext: boolean): InlineKeyboard {
  if (page > 0) keyboard.text(t('page-prev'), `${prefix}${page - 1}`);
  if (hasNext) keyboard.text(t('page-next'), `${prefix}${page + 1}`);
  return keyboard.row();
}
