import { Composer } from 'grammy';
import type { BotContext } from '../context';
import { LinkTelegramAccount } from '../graphql/operations';
import { mainMenu } from '../features/main-menu';
import { RouterError } from '../router-client';
import { identifyCrmUser } from './crm-user';

/**
 * `/start CODE` (the deep link from the web app) links the sender's Telegram account with the bot's
 * credential; `/start` alone greets a linked user. Unlinked users get the instructions and nothing else.
 */
export function linkComposer(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command('start', async (ctx, next) => {
    const code = ctx.match.trim();
    if (!code) return next();
    try {
      await ctx.services.router.execute({ bot: true }, LinkTelegramAccount, {
        input: { code, telegramUserId: String(ctx.from!.id), telegramUsername: ctx.from!.username ?? null },
      });
    } catch (error) {
      if (!(error instanceof RouterError)) throw error;
      if (error.code === 'CONFLICT') return void (await ctx.reply(ctx.t('link-conflict')));
      if (['NOT_FOUND', 'BAD_USER_INPUT', 'RATE_LIMITED', 'UNAUTHENTICATED'].includes(error.code)) return void (await ctx.reply(ctx.t('link-failed')));
      throw error;
    }
    // Now linked: who it is and in which language, as for any later update.
    await identifyCrmUser()(ctx, async () => undefined);
    await ctx.reply(ctx.t('link-done', { name: ctx.crm?.displayName ?? '' }), { reply_markup: mainMenu(ctx) });
  });
  // Everything below this composer needs a linked account.
  composer.use(async (ctx, next) => {
    if (ctx.crm) return next();
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t('unlinked'), show_alert: true });
    else if (ctx.chat?.type === 'private') await ctx.reply(ctx.t('unlinked'));
  });
  composer.command('start', (ctx) => ctx.reply(ctx.t('welcome', { name: ctx.crm!.displayName }), { reply_markup: mainMenu(ctx) }));
  return composer;
}
