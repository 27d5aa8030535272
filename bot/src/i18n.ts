import path from 'node:path';
import { I18n } from '@grammyjs/i18n';
import type { BotContext, Locale } from './context';

export type Texts = (key: string, variables?: Record<string, string | number>) => string;

/** The user's language: English by their CRM setting or their Telegram language, Russian otherwise. */
export function localeOf(ctx: Pick<BotContext, 'crm' | 'from'>): Locale {
  if (ctx.crm?.language === 'EN') return 'en';
  return ctx.from?.language_code?.startsWith('en') ? 'en' : 'ru';
}

/** Fluent texts from `bot/locales/*.ftl`, Russian the default. */
export function createI18n(): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: 'ru',
    directory: path.resolve(__dirname, '../locales'),
    localeNegotiator: localeOf,
    // Telegram shows Unicode isolation marks around variables as stray characters.
    fluentBundleOptions: { useIsolating: false },
  });
}

/** Texts of one locale, for conversations (they replay, so the locale travels with their arguments). */
export function textsFor(i18n: I18n<BotContext>, locale: Locale): Texts {
  return (key, variables) => i18n.t(locale, key, variables);
}
