import { asUser } from '../crm-call';
import type { BotConversation, InnerContext } from '../context';
import { DealsList } from '../graphql/operations';
import type { Texts } from '../i18n';
import { choices, type ConversationKit } from './conversation-kit';

export interface PickedDeal {
  id: string;
  title: string;
}

const PICK = 'pick:';

/** Inside a conversation: the user picks a deal from their recent ones or finds one by search. */
export async function pickDeal(conversation: BotConversation, ctx: InnerContext, kit: ConversationKit, t: Texts): Promise<PickedDeal> {
  const shown = new Map<string, PickedDeal>();
  const offer = async (deals: { id: string; title: string; client: { displayName: string } }[], intro: string) => {
    for (const deal of deals) shown.set(deal.id, deal);
    await ctx.reply(intro, { reply_markup: choices(deals.map((d) => [`${d.title} — ${d.client.displayName}`, `${PICK}${d.id}`])) });
  };
  const recent = await conversation.external((outer) => asUser(outer, DealsList, { filter: { mine: true }, sort: { field: 'UPDATED_AT', direction: 'DESC' }, first: 5 }));
  await offer(
    recent.deals.edges.map((e) => e.node),
    `${t('deal-pick')}\n${t('cancel-hint')}`,
  );
  for (;;) {
    const answer = await kit.answer(conversation, ctx, t, PICK);
    if ('choice' in answer) {
      const deal = shown.get(answer.choice);
      if (deal) return deal;
      continue;
    }
    const found = await conversation.external((outer) => asUser(outer, DealsList, { filter: { search: answer.text }, first: 5 }));
    const deals = found.deals.edges.map((e) => e.node);
    if (deals.length === 0) await ctx.reply(t('deal-none-found'));
    else await offer(deals, t('deal-pick'));
  }
}

/** Inside a conversation: the next typed text (buttons of this conversation are ignored). */
export async function askText(conversation: BotConversation, ctx: InnerContext, kit: ConversationKit, t: Texts, question: string): Promise<string> {
  await ctx.reply(question);
  for (;;) {
    const answer = await kit.answer(conversation, ctx, t, 'none:');
    if ('text' in answer) return answer.text;
  }
}
