import type { BotError } from 'grammy';
import type { BotContext } from './context';
import type { Texts } from './i18n';
import { RouterError } from './router-client';

const USER_ERRORS: Record<string, string> = {
  FORBIDDEN: 'error-forbidden',
  NOT_FOUND: 'error-not-found',
  CONFLICT: 'error-conflict',
  RATE_LIMITED: 'error-rate-limited',
};

/** The text a user gets for an error: the API's verdict when it gave one, an apology otherwise. */
export function errorText(error: unknown, t: Texts): string {
  if (error instanceof RouterError) {
    if (error.code === 'BAD_USER_INPUT') return t('error-bad-input', { field: error.field ?? '—', message: error.message });
    const key = USER_ERRORS[error.code];
    if (key) return t(key);
  }
  return t('error-generic');
}

/**
 * Every failure in a handler ends here: logged with the update id (expected API verdicts at info, the
 * rest as errors), and the user gets a polite answer instead of silence.
 */
export async function handleBotError(err: BotError<BotContext>): Promise<void> {
  const { ctx, error } = err;
  const expected = error instanceof RouterError && (error.code === 'BAD_USER_INPUT' || error.code in USER_ERRORS);
  const log = ctx.services.logger;
  const fields = { updateId: ctx.update.update_id, err: error };
  if (expected) log.info(fields, 'bot update refused by the API');
  else log.error(fields, 'bot update failed');
  const text = errorText(error, (key, variables) => ctx.t(key, variables));
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
    else if (ctx.chat) await ctx.reply(text);
  } catch (replyError) {
    log.warn({ updateId: ctx.update.update_id, err: replyError }, 'could not tell the user about a failed update');
  }
}
