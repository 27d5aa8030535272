import { sameSecret } from '@crm/platform/http';
import type { Logger } from '@crm/platform';
import express, { Router } from 'express';

/** Telegram's webhook, terminated at the router (issue 17). */
export interface TelegramWebhookOptions {
  /** TELEGRAM_WEBHOOK_SECRET: the `secret_token` given to `setWebhook`, sent back in every call. */
  secretToken: string;
  /**
   * Hands an update to the bot, which drops an `update_id` it already took (a redelivery): in-process in
   * embedded mode, over HTTP to the bot's own process otherwise (`forwardToBot`).
   */
  deliver(update: { update_id: number }): Promise<void>;
}

export const TELEGRAM_WEBHOOK_PATH = '/telegram/webhook';
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
/** Telegram's updates are small; a photo is a file id, not its bytes. */
const MAX_UPDATE_BYTES = 256 * 1024;

/**
 * `POST /telegram/webhook`: the secret token checked in constant time (401 otherwise, nothing delivered),
 * then the update handed to the bot. A bot failure still answers 200: the bot already told the user, and
 * a non-2xx answer would make Telegram redeliver the same update for hours. No options, no route.
 */
export function telegramWebhookRoutes(options: TelegramWebhookOptions | undefined, logger: Logger): Router {
  const router = Router();
  if (!options) return router;
  router.post(TELEGRAM_WEBHOOK_PATH, express.json({ limit: MAX_UPDATE_BYTES }), async (req, res) => {
    if (!sameSecret(req.header(SECRET_HEADER), options.secretToken)) return void res.status(401).json({ ok: false });
    const update = req.body as { update_id?: unknown } | undefined;
    if (typeof update?.update_id !== 'number' || !Number.isSafeInteger(update.update_id)) return void res.status(400).json({ ok: false, error: 'update_id: a number is required' });
    try {
      await options.deliver(update as { update_id: number });
    } catch (error) {
      logger.error({ err: error, updateId: update.update_id }, 'telegram update not delivered to the bot');
    }
    res.json({ ok: true });
  });
  return router;
}

/** `deliver` for a bot in its own process: POSTs the update to it, with the same secret. */
export function forwardToBot(botUrl: string, secretToken: string): TelegramWebhookOptions['deliver'] {
  return async (update) => {
    const response = await fetch(botUrl, { method: 'POST', headers: { 'content-type': 'application/json', [SECRET_HEADER]: secretToken }, body: JSON.stringify(update) });
    if (!response.ok) throw new Error(`the bot answered HTTP ${response.status}`);
  };
}
