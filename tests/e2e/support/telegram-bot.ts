import { defaultTelegramConfig } from '@crm/subgraph-notifications';
import { startFakeBotApi, FAKE_BOT_INFO, type FakeBotApi, type RecordedCall } from '@crm/subgraph-notifications/testing';
import { startTestSystem, type TestSystem } from './test-system';

export const WEBHOOK_SECRET = 'e2e-telegram-webhook-secret-0123';

/** A Telegram user talking to the bot: each update goes through the router's webhook, as Telegram sends it. */
export interface TelegramUser {
  id: number;
  send(text: string): Promise<BotReply[]>;
  press(data: string): Promise<BotReply[]>;
  /** Sends a file the fake Bot API holds (`api.addFile`): as a document with its name, or as a photo. */
  sendFile(file: { fileId: string; size: number; name?: string; photo?: boolean }): Promise<BotReply[]>;
}

/** What the bot said back to an update: sent messages and callback-query answers. */
export interface BotReply {
  method: string;
  text: string;
  buttons: { text: string; data?: string; url?: string }[];
}

export interface BotTestSystem {
  system: TestSystem;
  api: FakeBotApi;
  /** POSTs an update to `/telegram/webhook`; the status and what the bot said meanwhile (to `chatId` only, when given: Notifications send too). */
  deliver(update: Record<string, unknown>, secret?: string, chatId?: number): Promise<{ status: number; replies: BotReply[] }>;
  user(id: number, languageCode?: string): TelegramUser;
  stop(): Promise<void>;
}

let nextUpdateId = 1000;
export const E2E_BOT_TOKEN = '7000001:e2e-test-token';

export async function startBotTestSystem(): Promise<BotTestSystem> {
  const api = await startFakeBotApi(() => Date.now());
  const token = E2E_BOT_TOKEN;
  const system = await startTestSystem({
    // Notifications deliver through the same fake Bot API, so their buttons can be pressed in the bot.
    notificationsConfig: { telegram: { ...defaultTelegramConfig, botToken: token, apiRoot: api.apiRoot, webAppUrl: 'https://crm.example' } },
    telegramBot: { token, apiRoot: api.apiRoot, webhookSecret: WEBHOOK_SECRET, botInfo: FAKE_BOT_INFO, maxRetryDelaySeconds: 2 },
  });
  const webhookUrl = system.url.replace(/\/graphql$/, '/telegram/webhook');
  const deliver: BotTestSystem['deliver'] = async (update, secret = WEBHOOK_SECRET, chatId) => {
    const before = api.calls.length;
    const response = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body: JSON.stringify(update) });
    const calls = api.calls.slice(before).filter((c) => chatId === undefined || c.payload.chat_id === undefined || String(c.payload.chat_id) === String(chatId));
    return { status: response.status, replies: calls.map(toReply).filter((r): r is BotReply => r !== null) };
  };
  return {
    system,
    api,
    deliver,
    user(id, languageCode = 'ru') {
      const from = { id, is_bot: false, first_name: `User ${id}`, username: `user${id}`, language_code: languageCode };
      const chat = { id, type: 'private', first_name: from.first_name };
      const message = (text: string) => ({
        message_id: nextUpdateId,
        date: Math.floor(Date.now() / 1000),
        chat,
        from,
        text,
        ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] } : {}),
      });
      const attachment = (file: { fileId: string; size: number; name?: string; photo?: boolean }) =>
        file.photo
          ? { photo: [{ file_id: `${file.fileId}-thumb`, file_unique_id: 't', width: 90, height: 90 }, { file_id: file.fileId, file_unique_id: 'p', width: 1280, height: 960, file_size: file.size }] }
          : { document: { file_id: file.fileId, file_unique_id: `u${file.fileId}`, file_name: file.name, file_size: file.size } };
      return {
        id,
        send: async (text) => (await deliver({ update_id: ++nextUpdateId, message: message(text) }, WEBHOOK_SECRET, id)).replies,
        sendFile: async (file) => {
          const { text: _none, ...plain } = message('');
          return (await deliver({ update_id: ++nextUpdateId, message: { ...plain, ...attachment(file) } }, WEBHOOK_SECRET, id)).replies;
        },
        press: async (data) =>
          (await deliver({ update_id: ++nextUpdateId, callback_query: { id: `cq${nextUpdateId}`, from, chat_instance: `ci${id}`, data, message: { ...message('…'), from: { ...FAKE_BOT_INFO } } } }, WEBHOOK_SECRET, id)).replies,
      };
    },
    async stop() {
      await system.stop();
      await api.close();
    },
  };
}

function toReply(call: RecordedCall): BotReply | null {
  if (call.method !== 'sendMessage' && call.method !== 'answerCallbackQuery') return null;
  const markup = call.payload.reply_markup as { inline_keyboard?: { text: string; callback_data?: string; url?: string }[][] } | undefined;
  return {
    method: call.method,
    text: String(call.payload.text ?? ''),
    buttons: (markup?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, ...(b.callback_data ? { data: b.callback_data } : {}), ...(b.url ? { url: b.url } : {}) })),
  };
}

/** The texts of the bot's replies, joined, for `toContain` checks. */
export function said(replies: BotReply[]): string {
  return replies.map((r) => r.text).join('\n');
}

/** The callback data of the reply's button whose label contains `label`. */
export function buttonData(replies: BotReply[], label: string): string {
  const button = replies.flatMap((r) => r.buttons).find((b) => b.text.includes(label));
  if (!button?.data) throw new Error(`no button "${label}" in ${JSON.stringify(replies)}`);
  return button.data;
}

/** A Telegram user linked to the CRM user of `token` the way a broker does it: a code from the web app, then `/start CODE`. */
export async function linkedTelegramUser(bots: BotTestSystem, token: string, telegramId: number): Promise<TelegramUser> {
  const result = await bots.system.graphql<{ createTelegramLinkCode: { code: string } }>('mutation { createTelegramLinkCode { code } }', {}, token);
  const code = result.data?.createTelegramLinkCode.code;
  if (!code) throw new Error(`no link code: ${JSON.stringify(result.errors)}`);
  const user = bots.user(telegramId);
  const greeting = said(await user.send(`/start ${code}`));
  if (!greeting.includes('Telegram привязан')) throw new Error(`linking failed: ${greeting}`);
  return user;
}
