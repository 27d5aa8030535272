import { createRouterClient, openDbStorage, startBotRuntime, type BotDeps, type BotRuntime } from '@crm/bot';
import type { DatabaseHandle, Logger } from '@crm/platform';
import type { TelegramWebhookOptions } from '@crm/router';

/** The Telegram bot inside the embedded system (issue 17): started when a bot token is configured. */
export interface EmbeddedBotOptions {
  token: string;
  apiRoot?: string | undefined;
  /** Set: updates come through the router's `/telegram/webhook`; unset: long polling. */
  webhookSecret?: string | undefined;
  clock?: () => Date;
  botInfo?: BotDeps['botInfo'];
  maxRetryDelaySeconds?: number | undefined;
}

export interface EmbeddedBot {
  /** For `createRouter`: the webhook route, handing updates to the bot once it runs. */
  webhook: TelegramWebhookOptions | undefined;
  start(urls: { graphql: string; web: string }): Promise<BotRuntime>;
}

/** The bot of one process: storage in the system's database, calls through its own router with the bot's key. */
export function embeddedBot(options: EmbeddedBotOptions, deps: { database: DatabaseHandle; logger: Logger; botServiceKey: string }): EmbeddedBot {
  let runtime: BotRuntime | undefined;
  const secretToken = options.webhookSecret;
  return {
    webhook: secretToken
      ? {
          secretToken,
          deliver: async (update) => {
            if (!runtime) throw new Error('the bot is not running yet');
            await runtime.handleWebhookUpdate(update);
          },
        }
      : undefined,
    async start(urls) {
      runtime = await startBotRuntime({
        token: options.token,
        apiRoot: options.apiRoot,
        botInfo: options.botInfo,
        router: createRouterClient({ url: urls.graphql, botServiceKey: deps.botServiceKey }),
        storage: await openDbStorage(deps.database),
        logger: deps.logger,
        clock: options.clock ?? (() => new Date()),
        webAppUrl: urls.web,
        maxRetryDelaySeconds: options.maxRetryDelaySeconds,
      });
      if (!secretToken) await runtime.startPolling();
      return runtime;
    },
  };
}
