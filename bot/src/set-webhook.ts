import { loadEnv } from '@crm/platform';
import { telegramSecretTokenField } from '@crm/platform/http';
import { Api } from 'grammy';
import { z } from 'zod';
import { botEnvShape } from './bot-env';

/**
 * `pnpm --filter @crm/bot set-webhook`: points Telegram at the router's `/telegram/webhook` with the
 * secret token it must send back. `--delete` goes back to long polling.
 */
async function main(): Promise<void> {
  const env = loadEnv(
    z.object({
      TELEGRAM_BOT_TOKEN: z.string().min(16),
      TELEGRAM_API_ROOT: botEnvShape.TELEGRAM_API_ROOT,
      TELEGRAM_WEBHOOK_SECRET: telegramSecretTokenField,
      /** The router's public HTTPS address, e.g. `https://crm.example.ru`. */
      PUBLIC_URL: z.url().optional(),
    }),
  );
  const api = new Api(env.TELEGRAM_BOT_TOKEN, { apiRoot: env.TELEGRAM_API_ROOT });
  if (process.argv.includes('--delete')) {
    await api.deleteWebhook();
    process.stdout.write('webhook removed: the bot can use long polling\n');
    return;
  }
  if (!env.PUBLIC_URL || !env.TELEGRAM_WEBHOOK_SECRET) throw new Error('PUBLIC_URL and TELEGRAM_WEBHOOK_SECRET are required to set the webhook');
  const url = `${env.PUBLIC_URL.replace(/\/$/, '')}/telegram/webhook`;
  await api.setWebhook(url, { secret_token: env.TELEGRAM_WEBHOOK_SECRET, allowed_updates: ['message', 'callback_query'] });
  const info = await api.getWebhookInfo();
  process.stdout.write(`webhook set: ${info.url} (pending updates: ${info.pending_update_count})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
