import { hears } from '@grammyjs/i18n';
import { Composer, InlineKeyboard } from 'grammy';
import { dayIn } from '@crm/platform';
import { asUser } from '../crm-call';
import type { BotContext, BotConversation, InnerContext } from '../context';
import { DealForBot, DealsList, SnoozeDeal } from '../graphql/operations';
import { RouterError } from '../router-client';
import { startFlow, type ConversationArgs, type ConversationKit } from './conversation-kit';
import { PAGE_SIZE, pageButtons, pageOf } from './pages';
import { askText } from './pick-deal';

export const SNOOZE_CUSTOM = 'snoozeCustom';
const MAX_SNOOZE_DAYS = 365;

/** «На сегодня»: the user's deals due for review on the organisation's today, each snoozable or opened in the web app. */
export function reviewTodayComposer(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.filter(hears('menu-today'), (ctx) => showToday(ctx, 0));
  composer.command('today', (ctx) => showToday(ctx, 0));
  composer.callbackQuery(/^today:page:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showToday(ctx, Number(ctx.match[1]));
  });
  composer.callbackQuery(/^deal:snooze:(\d+):(.+)$/, async (ctx) => {
    const [, days, id] = ctx.match;
    const { title, reviewDate } = await snooze(ctx, id!, Number(days));
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t('snooze-done', { title, date: reviewDate ?? '—' }));
  });
  composer.callbackQuery(/^deal:snooze-custom:(.+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await startFlow(ctx, SNOOZE_CUSTOM, { dealId: ctx.match[1]! });
  });
  return composer;
}

async function snooze(ctx: BotContext, dealId: string, days: number) {
  const { deal } = await asUser(ctx, DealForBot, { id: dealId });
  if (!deal) throw new RouterError('NOT_FOUND', undefined, 'deal not found');
  const { snoozeDeal } = await asUser(ctx, SnoozeDeal, { input: { id: deal.id, version: deal.version, days, reason: ctx.t('snooze-reason') } });
  return { title: deal.title, reviewDate: snoozeDeal.deal.reviewDate };
}

async function showToday(ctx: BotContext, page: number): Promise<void> {
  const today = dayIn(ctx.crm!.timeZone, ctx.services.clock());
  const { deals } = await asUser(ctx, DealsList, {
    filter: { mine: true, reviewDueBy: today },
    sort: { field: 'REVIEW_DATE', direction: 'ASC' },
    first: (page + 1) * PAGE_SIZE + 1,
  });
  const all = deals.edges.map((e) => e.node);
  const shown = pageOf(all, page);
  if (shown.length === 0) return void (await ctx.reply(ctx.t('today-empty')));
  const keyboard = new InlineKeyboard();
  const webAppUrl = ctx.services.webAppUrl?.replace(/\/$/, '');
  const lines = shown.map((deal, i) => {
    const n = page * PAGE_SIZE + i + 1;
    keyboard.text(ctx.t('snooze-day', { n }), `deal:snooze:1:${deal.id}`).text(ctx.t('snooze-week', { n }), `deal:snooze:7:${deal.id}`).row();
    keyboard.text(ctx.t('snooze-custom', { n }), `deal:snooze-custom:${deal.id}`);
    if (webAppUrl) keyboard.url(ctx.t('open-deal', { n }), `${webAppUrl}/deals/${deal.id}`);
    keyboard.row();
    return ctx.t('deal-line', { n, title: deal.title, client: deal.client.displayName });
  });
  pageButtons(keyboard, (key, variables) => ctx.t(key, variables), 'today:page:', page, all.length > (page + 1) * PAGE_SIZE);
  await ctx.reply([ctx.t('today-title', { page: page + 1 }), ...lines].join('\n'), { reply_markup: keyboard });
}

/** Snooze for a number of days the user types. */
export function snoozeCustomConversation(kit: ConversationKit) {
  return async (conversation: BotConversation, ctx: InnerContext, args: ConversationArgs & { dealId: string }) => {
    const t = kit.texts(args.locale);
    const { deal } = await conversation.external((outer) => asUser(outer, DealForBot, { id: args.dealId }));
    if (!deal) return void (await ctx.reply(t('error-not-found')));
    let question = `${t('snooze-ask-days', { title: deal.title })}\n${t('cancel-hint')}`;
    for (;;) {
      const text = await askText(conversation, ctx, kit, t, question);
      const days = /^\d{1,3}$/.test(text) ? Number(text) : 0;
      if (days >= 1 && days <= MAX_SNOOZE_DAYS) {
        const { title, reviewDate } = await conversation.external((outer) => snooze(outer, args.dealId, days));
        return void (await ctx.reply(t('snooze-done', { title, date: reviewDate ?? '—' })));
      }
      question = t('snooze-bad-days');
    }
  };
}
