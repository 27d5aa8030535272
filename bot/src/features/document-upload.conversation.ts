import { Composer } from 'grammy';
import type { Message } from 'grammy/types';
import { asUser } from '../crm-call';
import type { BotContext, BotConversation, InnerContext } from '../context';
import { DealFolderSections, RequestDocumentUpload } from '../graphql/operations';
import { RouterError } from '../router-client';
import { choices, startFlow, type ConversationArgs, type ConversationKit } from './conversation-kit';
import { pickDeal } from './pick-deal';

export const DOCUMENT_UPLOAD = 'documentUpload';

/** Bots may download files of at most 20 MB from Telegram (Bot API `getFile`). */
export const TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024;

/** A deal folder's sections, in the order a broker files things (Documents' `FolderSection`). */
const SECTIONS = ['CLIENT_DOCUMENTS', 'CALCULATIONS', 'POLICY', 'PAYMENTS'] as const;
const SECTION = 'section:';

/** The file a message carries: a document as sent, or the largest size of a photo. */
export interface SentFile {
  fileId: string;
  name: string;
  size: number | undefined;
}

export function sentFile(message: Message): SentFile | null {
  if (message.document) return { fileId: message.document.file_id, name: message.document.file_name ?? `file-${message.message_id}`, size: message.document.file_size };
  const photo = message.photo?.at(-1);
  if (!photo) return null;
  const taken = new Date(message.date * 1000).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return { fileId: photo.file_id, name: `photo-${taken}.jpg`, size: photo.file_size };
}

/** A photo or a file sent to the bot starts the upload flow (one flow per chat: one under way is left). */
export function documentUploadComposer(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on(['message:document', 'message:photo'], async (ctx) => {
    const file = sentFile(ctx.message);
    if (!file) return;
    if ((file.size ?? 0) > TELEGRAM_DOWNLOAD_LIMIT) return void (await ctx.reply(ctx.t('upload-too-big-for-telegram')));
    await startFlow(ctx, DOCUMENT_UPLOAD, { fileId: file.fileId, name: file.name, size: file.size === undefined ? '' : String(file.size) });
  });
  return composer;
}

type UploadArgs = ConversationArgs & { fileId: string; name: string; size: string };
type Outcome = { stored: { name: string; version: number } } | { refused: string };

/**
 * The file goes into the chosen deal's folder section: the user picks the deal and the section, the bot
 * asks Documents for a one-time upload link (as the user: their access is checked) and streams the bytes
 * from Telegram to it; nothing of the file passes through GraphQL or sits whole in memory.
 */
export function documentUploadConversation(kit: ConversationKit) {
  return async (conversation: BotConversation, ctx: InnerContext, args: UploadArgs) => {
    const t = kit.texts(args.locale);
    await ctx.reply(t('upload-where', { name: args.name }));
    const deal = await pickDeal(conversation, ctx, kit, t);
    await ctx.reply(t('upload-pick-section'), { reply_markup: choices(SECTIONS.map((s) => [t(`section-${s}`), `${SECTION}${s}`])) });
    let section: (typeof SECTIONS)[number] | undefined;
    while (!section) {
      const answer = await kit.answer(conversation, ctx, t, SECTION);
      if ('choice' in answer) section = SECTIONS.find((s) => s === answer.choice);
    }
    const chosen = section;
    const size = args.size === '' ? undefined : Number(args.size);
    const outcome = await conversation.external(async (outer): Promise<Outcome> => {
      const { deal: found } = await asUser(outer, DealFolderSections, { id: deal.id });
      const folder = found?.documentsFolder.folders.find((f) => f.section === chosen);
      if (!folder) return { refused: t('error-not-found') };
      const link = await asUser(outer, RequestDocumentUpload, { input: { folderId: folder.id, name: args.name, ...(size !== undefined ? { size } : {}) } });
      const file = await outer.api.getFile(args.fileId);
      if (!file.file_path) return { refused: t('upload-too-big-for-telegram') };
      const bytes = await fetch(outer.services.telegramFileUrl(file.file_path));
      if (!bytes.ok || !bytes.body) throw new Error(`Telegram file download answered ${bytes.status}`);
      try {
        const stored = await outer.services.router.upload(link.requestUpload.url, bytes.body, size ?? file.file_size, args.locale);
        return { stored: { name: stored.name, version: stored.version } };
      } catch (error) {
        if (error instanceof RouterError && error.code !== 'INTERNAL') return { refused: error.message };
        throw error;
      }
    });
    if ('refused' in outcome) return void (await ctx.reply(t('upload-refused', { reason: outcome.refused })));
    const { name, version } = outcome.stored;
    await ctx.reply(t(version > 1 ? 'upload-done-version' : 'upload-done', { name, version, section: t(`section-${chosen}`), title: deal.title }));
  };
}
