import { Counter, Registry } from 'prom-client';

/**
 * Telegram Bot API calls of this process (ADR 0057), from grammY's API transformer: by client (`bot`,
 * `notifications`), method and outcome (ok, rate_limited, forbidden, error, network). One registry per
 * process, whichever component sends: add {@link telegramRegistry} to the metrics listener's registries.
 */
export const telegramRegistry = new Registry();

const METHODS = new Set(['sendMessage', 'editMessageText', 'editMessageReplyMarkup', 'answerCallbackQuery', 'deleteMessage', 'getUpdates', 'setWebhook', 'deleteWebhook', 'getMe', 'sendDocument', 'setMyCommands']);

const calls = new Counter({
  name: 'telegram_api_calls_total',
  help: 'Telegram Bot API calls by client, method and outcome (ok, rate_limited, forbidden, error, network)',
  labelNames: ['client', 'method', 'outcome'],
  registers: [telegramRegistry],
});

type ApiCall = (method: string, payload: unknown, signal?: unknown) => Promise<{ ok: boolean; error_code?: number }>;

/** A grammY transformer (`api.config.use(telegramCallMetrics('bot') as never)`): counts each call, changes nothing. */
export function telegramCallMetrics(client: 'bot' | 'notifications') {
  return async (prev: ApiCall, method: string, payload: unknown, signal?: unknown) => {
    const labels = { client, method: METHODS.has(method) ? method : 'other' };
    try {
      const result = await prev(method, payload, signal);
      calls.inc({ ...labels, outcome: result.ok ? 'ok' : result.error_code === 429 ? 'rate_limited' : result.error_code === 403 ? 'forbidden' : 'error' });
      return result;
    } catch (error) {
      calls.inc({ ...labels, outcome: 'network' });
      throw error;
    }
  };
}
