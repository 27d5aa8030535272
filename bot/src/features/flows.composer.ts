import { hears } from '@grammyjs/i18n';
import { Composer } from 'grammy';
import type { BotContext } from '../context';
import { startFlow } from './conversation-kit';
import { mainMenu } from './main-menu';
import { JOURNAL_NOTE } from './journal-note.conversation';
import { RECORD_PAYMENT } from './payment.conversation';
import { QUICK_DEAL } from './quick-deal.conversation';

/** The menu buttons and commands that start a multi-step flow; the menu for anything else. Install last. */
export function flowsComposer(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const start = (name: string) => (ctx: BotContext) => startFlow(ctx, name);
  composer.filter(hears('menu-note'), start(JOURNAL_NOTE));
  composer.command('note', start(JOURNAL_NOTE));
  composer.filter(hears('menu-payment'), start(RECORD_PAYMENT));
  composer.command('payment', start(RECORD_PAYMENT));
  composer.filter(hears('menu-quick-deal'), start(QUICK_DEAL));
  composer.command('deal', start(QUICK_DEAL));
  composer.command('help', (ctx) => ctx.reply(ctx.t('help'), { reply_markup: mainMenu(ctx) }));
  // Outside a conversation there is nothing to cancel; the menu comes back.
  composer.command('cancel', (ctx) => ctx.reply(ctx.t('cancelled'), { reply_markup: mainMenu(ctx) }));
  // Text no feature took: the menu again, rather than silence.
  composer.on('message:text', (ctx) => ctx.reply(ctx.t('menu-hint'), { reply_markup: mainMenu(ctx) }));
  return composer;
}
