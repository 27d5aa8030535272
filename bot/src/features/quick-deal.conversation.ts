import { asUser } from '../crm-call';
import type { BotConversation, InnerContext } from '../context';
import { AddJournalEntry, CreateDeal, FindClients } from '../graphql/operations';
import { choices, type ConversationArgs, type ConversationKit } from './conversation-kit';
import { askText } from './pick-deal';

export const QUICK_DEAL = 'quickDeal';
const NO_NOTE = '-';

/** "Иванов Иван Петрович" → last, first and middle name; a single word is the first name. */
export function personName(name: string): { lastName?: string; firstName: string; middleName?: string } {
  const [first, second, ...rest] = name.split(/\s+/).filter(Boolean);
  if (!second) return { firstName: first ?? name };
  return { lastName: first!, firstName: second, ...(rest.length ? { middleName: rest.join(' ') } : {}) };
}

/**
 * Client name + phone + note → a deal. A client already having that phone is offered first (use them or
 * create a new one anyway); a new client that still looks like others gets the API's duplicate warning.
 */
export function quickDealConversation(kit: ConversationKit) {
  return async (conversation: BotConversation, ctx: InnerContext, args: ConversationArgs) => {
    const t = kit.texts(args.locale);
    const name = await askText(conversation, ctx, kit, t, `${t('quick-ask-name')}\n${t('cancel-hint')}`);
    const phone = await askText(conversation, ctx, kit, t, t('quick-ask-phone'));
    const note = await askText(conversation, ctx, kit, t, t('quick-ask-note'));

    const { clients } = await conversation.external((outer) => asUser(outer, FindClients, { search: phone }));
    const existing = clients.edges.map((e) => e.node);
    let clientId: string | null = null;
    if (existing.length > 0) {
      const offered = [...existing.map((c): [string, string] => [t('quick-use-existing', { name: c.displayName }), `client:${c.id}`]), [t('quick-create-new'), 'client:new'] as [string, string]];
      await ctx.reply(t('quick-duplicate', { names: existing.map((c) => c.displayName).join(', ') }), { reply_markup: choices(offered) });
      for (;;) {
        const answer = await kit.answer(conversation, ctx, t, 'client:');
        if (!('choice' in answer)) continue;
        if (answer.choice === 'new') break;
        if (existing.some((c) => c.id === answer.choice)) {
          clientId = answer.choice;
          break;
        }
      }
    }
    const input = clientId
      ? { title: t('quick-deal-title', { name: existing.find((c) => c.id === clientId)!.displayName }), clientId }
      : { title: t('quick-deal-title', { name }), newClient: { kind: 'PERSON' as const, ...personName(name), phones: [phone] } };
    const { createDeal } = await conversation.external((outer) => asUser(outer, CreateDeal, { input }));
    if (note !== NO_NOTE) {
      await conversation.external((outer) => asUser(outer, AddJournalEntry, { input: { dealId: createDeal.deal.id, kind: 'NOTE', text: note } }));
    }
    await ctx.reply(t('quick-created', { title: createDeal.deal.title, client: createDeal.deal.client.displayName }));
    if (createDeal.duplicates.length > 0) {
      await ctx.reply(t('quick-created-duplicates', { names: createDeal.duplicates.map((d) => d.client.displayName).join(', ') }));
    }
  };
}
