import type { Conversation, ConversationFlavor } from '@grammyjs/conversations';
import type { I18nFlavor } from '@grammyjs/i18n';
import type { Logger } from '@crm/platform';
import type { Context } from 'grammy';
import type { RouterClient } from './router-client';

/** The CRM user a linked Telegram account speaks for, with this update's short-lived access token. */
export interface CrmUser {
  userId: string;
  organizationId: string;
  displayName: string;
  accessToken: string;
  /** The user's CRM language setting. */
  language: 'RU' | 'EN';
  /** The organisation's time zone (CRM's `timeZone` setting): "today" is its calendar day there (ADR 0046). */
  timeZone: string;
}

export interface BotServices {
  router: RouterClient;
  logger: Logger;
  clock: () => Date;
  /** The web app's base URL, for "open the deal" buttons; none without it. */
  webAppUrl: string | undefined;
  /** Where the Bot API serves a file `getFile` answered with `file_path` (the URL carries the token: never log it). */
  telegramFileUrl(filePath: string): string;
}

interface CrmFlavor {
  /** Null for a Telegram account that is not linked to an active CRM user. */
  crm: CrmUser | null;
  services: BotServices;
}

export type BotContext = ConversationFlavor<Context & I18nFlavor & CrmFlavor>;
/** The context inside a conversation: plain grammY, texts come from `Texts` (see `conversation-kit.ts`). */
export type InnerContext = Context;
export type BotConversation = Conversation<BotContext, InnerContext>;

export type Locale = 'ru' | 'en';
