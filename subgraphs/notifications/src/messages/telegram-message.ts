import type { InlineKeyboardButton } from 'grammy/types';
import type { NotificationRow } from '../db/schema';
import type { Language } from './notification-kinds';
import { buttonText, renderNotification } from './render-notification';

/**
 * The Telegram text and inline buttons of a notification. `task:take:<id>` is callback data the bot
 * handles; "open the deal" is a plain link to the web app.
 */
export function telegramMessage(row: NotificationRow, language: Language, webAppUrl: string): { text: string; buttons: InlineKeyboardButton[][] } {
  const { title, body } = renderNotification(row.kind, row.params, language);
  const buttons: InlineKeyboardButton[] = [];
  if (row.kind === 'TASK_ASSIGNED' && row.taskId) buttons.push({ text: buttonText('takeTask', language), callback_data: `task:take:${row.taskId}` });
  if (row.dealId) buttons.push({ text: buttonText('openDeal', language), url: `${webAppUrl.replace(/\/$/, '')}/deals/${row.dealId}` });
  return { text: `${title}\n${body}`, buttons: buttons.length > 0 ? [buttons] : [] };
}
