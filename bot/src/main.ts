import { createDatabase, createLogger, loadEnv, onTerminationSignal, shutdown, startTracing } from '@crm/platform';
import { listen } from '@crm/platform/http';
import { dbPoolMetrics, serviceRegistry, startMetricsListener, telegramRegistry } from '@crm/platform/observability';
import { botProcessEnvSchema } from './bot-env';
import { createRouterClient } from './router-client';
import { startBotRuntime } from './run-bot';
import { openDbStorage } from './storage/bot-storage';
import { createUpdateReceiver } from './update-receiver';

/**
 * The bot as its own process (distributed): updates forwarded by the router's `/telegram/webhook` when
 * TELEGRAM_WEBHOOK_SECRET is set, long polling otherwise. It talks only to the router.
 */
async function main(): Promise<void> {
  const env = loadEnv(botProcessEnvSchema);
  const logger = createLogger({ name: 'bot', level: env.LOG_LEVEL });
  const tracing = startTracing('bot');
  const database = await createDatabase({ kind: 'pg', url: env.DATABASE_URL, poolSize: 5, applicationName: 'crm-bot' });
  const runtime = await startBotRuntime({
    token: env.TELEGRAM_BOT_TOKEN,
    apiRoot: env.TELEGRAM_API_ROOT,
    router: createRouterClient({ url: env.ROUTER_URL, botServiceKey: env.BOT_SERVICE_KEY }),
    storage: await openDbStorage(database),
    logger,
    clock: () => new Date(),
    webAppUrl: env.WEB_APP_URL,
  });
  const secretToken = env.TELEGRAM_WEBHOOK_SECRET;
  const receiver = await listen(createUpdateReceiver({ secretToken, logger, handle: (update) => runtime.handleWebhookUpdate(update) }), env.PORT, env.HOST);
  if (!secretToken) await runtime.startPolling();
  const metrics = serviceRegistry('bot', { processMetrics: true });
  dbPoolMetrics(metrics, database);
  const metricsListener = env.METRICS_PORT ? await startMetricsListener({ port: env.METRICS_PORT, host: env.HOST, registries: () => [metrics, telegramRegistry], logger }) : undefined;
  logger.info({ mode: secretToken ? 'webhook' : 'polling', url: receiver.url }, 'telegram bot running');
  onTerminationSignal(logger, () =>
    shutdown(
      [
        { name: 'bot', stop: () => runtime.stop() },
        { name: 'updates', stop: () => receiver.close() },
        { name: 'metrics', stop: async () => metricsListener?.close(1_000) },
        { name: 'database', stop: () => database.close() },
        { name: 'tracing', stop: () => tracing.stop() },
      ],
      logger,
    ),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
