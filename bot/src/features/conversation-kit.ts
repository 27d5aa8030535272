import type { I18n } from '@grammyjs/i18n';
import { InlineKeyboard } from 'grammy';
import type { BotContext, BotConversation, InnerContext, Locale } from '../context';
import { localeOf, textsFor, type Texts } from '../i18n';

/** What a user answered inside a conversation: text they typed, or the data of a button they pressed. */
export type Answer = { text: string } | { choice: string };

/** Arguments every conversation is entered with (persisted with it, so a replay has them too). */
export interface ConversationArgs {
  locale: Locale;
}

const MENU_KEYS = ['menu-tasks', 'menu-today', 'menu-note', 'menu-payment', 'menu-quick-deal'];

export interface ConversationKit {
  texts(locale: Locale): Texts;
  /**
   * The next answer in this chat. `/cancel` ends the conversation; another command or a menu button ends
   * it and is handled as usual; a button of another message (e.g. a notification's) is handled outside
   * while the conversation keeps waiting. Buttons of the conversation carry `prefix`.
   */
  answer(conversation: BotConversation, ctx: InnerContext, t: Texts, prefix: string): Promise<Answer>;
}

export function createConversationKit(i18n: I18n<BotContext>): ConversationKit {
  const menuLabels = new Set(MENU_KEYS.flatMap((key) => (['ru', 'en'] as const).map((locale) => i18n.t(locale, key))));
  return {
    texts: (locale) => textsFor(i18n, locale),
    async answer(conversation, _ctx, t, prefix) {
      for (;;) {
        const next = await conversation.wait();
        const data = next.callbackQuery?.data;
        if (data !== undefined) {
          if (!data.startsWith(prefix)) await conversation.skip({ next: true });
          await next.answerCallbackQuery();
          return { choice: data.slice(prefix.length) };
        }
        const text = next.message?.text?.trim();
        if (text === undefined || text === '') continue;
        if (text === '/cancel') {
          await next.reply(t('cancelled'));
          return conversation.halt();
        }
        if (text.startsWith('/') || menuLabels.has(text)) return conversation.halt({ next: true });
        return { text };
      }
    },
  };
}

/** Buttons, one per row: `[label, data]`. */
export function choices(items: [string, string][]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const [label, data] of items) keyboard.text(label, data).row();
  return keyboard;
}

/** Starts a flow in the user's language; a flow already under way is left (one flow per chat). */
export async function startFlow(ctx: BotContext, name: string, args: Record<string, string> = {}): Promise<void> {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(name, { locale: localeOf(ctx), ...args });
}
