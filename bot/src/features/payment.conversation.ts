import Decimal from 'decimal.js';
import { dayIn } from '@crm/platform';
import { asUser } from '../crm-call';
import type { BotConversation, InnerContext } from '../context';
import { DealForBot, PolicyInstalments, RecordInstalmentPayment } from '../graphql/operations';
import { RouterError } from '../router-client';
import { errorText } from '../error-boundary';
import { choices, type ConversationArgs, type ConversationKit } from './conversation-kit';
import { pickDeal } from './pick-deal';

export const RECORD_PAYMENT = 'recordPayment';
const METHODS = ['BANK_TRANSFER', 'CARD', 'CASH', 'OTHER'] as const;

/** An amount as the user typed it ("1500", "1500.5", "1 500,50"), as an exact decimal string; null if it is not one. */
export function parseAmount(text: string): string | null {
  const normalized = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(normalized)) return null;
  const amount = new Decimal(normalized);
  return amount.isPositive() && !amount.isZero() ? amount.toFixed(2) : null;
}

/**
 * A payment received against an instalment: deal → policy → instalment → amount (the outstanding
 * amount by default) → method. Overpayment and the like are refused by the API; the user can try another amount.
 */
export function recordPaymentConversation(kit: ConversationKit) {
  return async (conversation: BotConversation, ctx: InnerContext, args: ConversationArgs) => {
    const t = kit.texts(args.locale);
    const picked = await pickDeal(conversation, ctx, kit, t);
    const { deal } = await conversation.external((outer) => asUser(outer, DealForBot, { id: picked.id }));
    if (!deal || deal.policies.length === 0) return void (await ctx.reply(t('payment-no-policies', { title: picked.title })));

    let policyId = deal.policies[0]!.id;
    if (deal.policies.length > 1) {
      await ctx.reply(t('payment-pick-policy'), { reply_markup: choices(deal.policies.map((p) => [p.number, `policy:${p.id}`])) });
      policyId = await choose(conversation, ctx, kit, t, 'policy:', deal.policies.map((p) => p.id));
    }
    const { policySchedule } = await conversation.external((outer) => asUser(outer, PolicyInstalments, { policyId }));
    const unpaid = (policySchedule?.instalments ?? []).filter((i) => new Decimal(i.outstanding.amount).isPositive() && !new Decimal(i.outstanding.amount).isZero());
    if (unpaid.length === 0) return void (await ctx.reply(t('payment-no-instalments')));
    const line = (i: (typeof unpaid)[number]) => t('instalment-line', { date: i.dueDate, outstanding: i.outstanding.amount, currency: i.outstanding.currency });
    await ctx.reply(t('payment-pick-instalment'), { reply_markup: choices(unpaid.map((i) => [line(i), `inst:${i.id}`])) });
    const instalmentId = await choose(conversation, ctx, kit, t, 'inst:', unpaid.map((i) => i.id));
    const instalment = unpaid.find((i) => i.id === instalmentId)!;

    for (;;) {
      await ctx.reply(t('payment-ask-amount'), { reply_markup: choices([[t('payment-full', { amount: instalment.outstanding.amount }), 'amt:full']]) });
      const amount = await askAmount(conversation, ctx, kit, t, instalment.outstanding.amount);
      await ctx.reply(t('payment-pick-method'), { reply_markup: choices(METHODS.map((m) => [t(`method-${m}`), `method:${m}`])) });
      const method = (await choose(conversation, ctx, kit, t, 'method:', [...METHODS])) as (typeof METHODS)[number];
      // The API refuses more than is outstanding (ADR 0048); only when the user confirms does the bot say allowOverpayment.
      let allowOverpayment = false;
      for (;;) {
        const result = await conversation.external(async (outer) => {
          try {
            const paidOn = dayIn(outer.crm!.timeZone, outer.services.clock());
            const input = { instalmentId, version: instalment.version, amount, method, paidOn, note: t('payment-note'), allowOverpayment };
            return { ok: (await asUser(outer, RecordInstalmentPayment, { input })).recordInstalmentPayment.instalment };
          } catch (error) {
            // Only bad input is worth another try (e.g. more than is outstanding); the rest goes to the error boundary.
            if (error instanceof RouterError && error.code === 'BAD_USER_INPUT') {
              return { refused: errorText(error, t), overpayment: error.reason === 'payments.overpayment' ? String(error.params?.outstanding ?? instalment.outstanding.amount) : null };
            }
            throw error;
          }
        });
        if (result.ok) {
          const { outstanding } = result.ok;
          return void (await ctx.reply(t('payment-recorded', { amount, currency: outstanding.currency, outstanding: outstanding.amount })));
        }
        if (!result.overpayment || allowOverpayment) {
          await ctx.reply(result.refused ?? t('error-generic'));
          break;
        }
        const question = t('payment-over', { amount, outstanding: result.overpayment, currency: instalment.outstanding.currency });
        await ctx.reply(question, { reply_markup: choices([[t('payment-over-yes'), 'over:yes'], [t('payment-over-no'), 'over:no']]) });
        if ((await choose(conversation, ctx, kit, t, 'over:', ['yes', 'no'])) === 'no') break;
        allowOverpayment = true;
      }
    }
  };
}

async function choose(conversation: BotConversation, ctx: InnerContext, kit: ConversationKit, t: (key: string) => string, prefix: string, allowed: string[]): Promise<string> {
  for (;;) {
    const answer = await kit.answer(conversation, ctx, t, prefix);
    if ('choice' in answer && allowed.includes(answer.choice)) return answer.choice;
  }
}

async function askAmount(conversation: BotConversation, ctx: InnerContext, kit: ConversationKit, t: (key: string) => string, outstanding: string): Promise<string> {
  for (;;) {
    const answer = await kit.answer(conversation, ctx, t, 'amt:');
    if ('choice' in answer) return outstanding;
    const amount = parseAmount(answer.text);
    if (amount) return amount;
    await ctx.reply(t('payment-bad-amount'));
  }
}
