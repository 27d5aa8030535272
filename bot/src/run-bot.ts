import type { Update } from 'grammy/types';
import { createBot, type BotDeps } from './create-bot';

export interface BotRuntime {
  /** A webhook update (from the router): handled once, a redelivered `update_id` is dropped. */
  handleWebhookUpdate(update: { update_id: number }): Promise<void>;
  /** Long polling (development); resolves once polling has begun. */
  startPolling(): Promise<void>;
  stop(): Promise<void>;
}

/** The bot, initialised (`getMe` unless `botInfo` is given), ready for webhook updates or long polling. */
export async function startBotRuntime(deps: BotDeps): Promise<BotRuntime> {
  const bot = createBot(deps);
  await bot.init();
  let polling: Promise<void> | undefined;
  return {
    async handleWebhookUpdate(update) {
      if (!(await deps.storage.claimUpdate(update.update_id, deps.clock()))) {
        deps.logger.info({ updateId: update.update_id }, 'telegram update redelivered; already handled');
        return;
      }
      await bot.handleUpdate(update as Update);
    },
    startPolling() {
      return new Promise<void>((resolve, reject) => {
        polling = bot.start({ onStart: () => resolve() }).catch((error: unknown) => {
          deps.logger.error({ err: error }, 'telegram long polling stopped');
          reject(error instanceof Error ? error : new Error(String(error)));
        });
      });
    },
    async stop() {
      if (bot.isRunning()) await bot.stop();
      await polling;
    },
  };
}
