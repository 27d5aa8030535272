import { asUser } from '../crm-call';
import type { BotConversation, InnerContext } from '../context';
import { AddJournalEntry } from '../graphql/operations';
import type { ConversationArgs, ConversationKit } from './conversation-kit';
import { askText, pickDeal } from './pick-deal';

export const JOURNAL_NOTE = 'journalNote';

/** A note in a deal's journal: pick the deal, type the note. */
export function journalNoteConversation(kit: ConversationKit) {
  return async (conversation: BotConversation, ctx: InnerContext, args: ConversationArgs) => {
    const t = kit.texts(args.locale);
    const deal = await pickDeal(conversation, ctx, kit, t);
    const text = await askText(conversation, ctx, kit, t, t('note-ask', { title: deal.title }));
    await conversation.external((outer) => asUser(outer, AddJournalEntry, { input: { dealId: deal.id, kind: 'NOTE', text } }));
    await ctx.reply(t('note-added', { title: deal.title }));
  };
}
