import { autoRetry } from '@grammyjs/auto-retry';
import { conversations, createConversation, type ConversationData, type VersionedState } from '@grammyjs/conversations';
import type { Logger } from '@crm/platform';
import { telegramCallMetrics } from '@crm/platform/observability';
import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { BotContext, BotServices } from './context';
import { handleBotError } from './error-boundary';
import { createConversationKit } from './features/conversation-kit';
import { DOCUMENT_UPLOAD, documentUploadComposer, documentUploadConversation } from './features/document-upload.conversation';
import { flowsComposer } from './features/flows.composer';
import { JOURNAL_NOTE, journalNoteConversation } from './features/journal-note.conversation';
import { RECORD_PAYMENT, recordPaymentConversation } from './features/payment.conversation';
import { QUICK_DEAL, quickDealConversation } from './features/quick-deal.conversation';
import { reviewTodayComposer, SNOOZE_CUSTOM, snoozeCustomConversation } from './features/review-today.composer';
import { TASK_COMMENT, taskCommentConversation, tasksComposer } from './features/tasks.composer';
import { createI18n } from './i18n';
import { identifyCrmUser } from './identity/crm-user';
import { linkComposer } from './identity/link.composer';
import type { RouterClient } from './router-client';
import type { BotStorage } from './storage/bot-storage';

export interface BotDeps {
  /** TELEGRAM_BOT_TOKEN. */
  token: string;
  /** The router, called with the bot's credential or a linked user's token. */
  router: RouterClient;
  storage: BotStorage;
  logger: Logger;
  clock: () => Date;
  /** The Bot API's root (a local fake in tests); Telegram's by default. */
  apiRoot?: string | undefined;
  /** The bot's own user, when known (skips `getMe` on start). */
  botInfo?: UserFromGetMe | undefined;
  /** The web app, for "open the deal" buttons. */
  webAppUrl?: string | undefined;
  /** How long auto-retry waits for a 429 at most before giving up (seconds). */
  maxRetryDelaySeconds?: number | undefined;
}

const TELEGRAM_API_ROOT = 'https://api.telegram.org';

/** Bump when a conversation's steps change: stored half-finished flows of another version are dropped. */
const CONVERSATIONS_VERSION = 1;

/**
 * The Telegram bot: identity (linking, per-update user token), then one composer per feature, behind
 * an error boundary. Everything it needs comes in `deps`, so tests run it against a fake Bot API.
 */
export function createBot(deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, { client: deps.apiRoot ? { apiRoot: deps.apiRoot } : {}, botInfo: deps.botInfo });
  // Replies go straight to Telegram; a 429 is waited out (bulk sending is Notifications' queue's job).
  bot.api.config.use(telegramCallMetrics('bot') as never);
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: deps.maxRetryDelaySeconds ?? 30 }));
  const apiRoot = deps.apiRoot ?? TELEGRAM_API_ROOT;
  const services: BotServices = {
    router: deps.router,
    logger: deps.logger,
    clock: deps.clock,
    webAppUrl: deps.webAppUrl,
    telegramFileUrl: (filePath) => `${apiRoot}/file/bot${deps.token}/${filePath}`,
  };
  const i18n = createI18n();
  const kit = createConversationKit(i18n);

  bot.use(async (ctx, next) => {
    ctx.services = services;
    ctx.crm = null;
    await next();
  });
  // Texts first, so even a failure to identify the sender is answered politely (in their Telegram language).
  bot.use(i18n);
  const safe = bot.errorBoundary(handleBotError);
  safe.use(identifyCrmUser());
  safe.use(linkComposer());

  const linked = safe.chatType('private');
  linked.use(
    conversations<BotContext, BotContext>({
      storage: {
        type: 'context',
        version: CONVERSATIONS_VERSION,
        adapter: {
          read: (ctx) => deps.storage.readConversation(String(ctx.chat!.id)) as Promise<VersionedState<ConversationData> | undefined>,
          write: (ctx, state) => deps.storage.writeConversation({ chatId: String(ctx.chat!.id), organizationId: ctx.crm!.organizationId, userId: ctx.crm!.userId }, state),
          delete: (ctx) => deps.storage.deleteConversation(String(ctx.chat!.id)),
        },
      },
    }),
  );
  linked.use(createConversation(journalNoteConversation(kit), JOURNAL_NOTE));
  linked.use(createConversation(recordPaymentConversation(kit), RECORD_PAYMENT));
  linked.use(createConversation(quickDealConversation(kit), QUICK_DEAL));
  linked.use(createConversation(taskCommentConversation(kit), TASK_COMMENT));
  linked.use(createConversation(snoozeCustomConversation(kit), SNOOZE_CUSTOM));
  linked.use(createConversation(documentUploadConversation(kit), DOCUMENT_UPLOAD));
  linked.use(tasksComposer(), reviewTodayComposer(), documentUploadComposer(), flowsComposer());
  bot.catch(handleBotError);
  return bot;
}
