import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedMessage {
  chatId: string;
  text: string;
  replyMarkup: unknown;
  /** The test clock when the message arrived. */
  at: number;
}

type Scripted = { status: 429; retryAfter: number } | { status: 403 };

/**
 * A local stand-in for the Telegram Bot API (grammY's `apiRoot` points at it): records every
 * `sendMessage` and answers 200, or what the test scripted for a chat (429 with `retry_after`, 403).
 */
export interface FakeBotApi {
  apiRoot: string;
  messages: RecordedMessage[];
  /** The next `sendMessage` to `chatId` gets this answer (once). */
  script(chatId: string, answer: Scripted): void;
  close(): Promise<void>;
}

export async function startFakeBotApi(now: () => number): Promise<FakeBotApi> {
  const messages: RecordedMessage[] = [];
  const scripted = new Map<string, Scripted[]>();
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (!req.url?.endsWith('/sendMessage')) return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
      const payload = JSON.parse(raw) as { chat_id: string | number; text: string; reply_markup?: unknown };
      const chatId = String(payload.chat_id);
      const next = scripted.get(chatId)?.shift();
      if (next?.status === 429) return reply(429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${next.retryAfter}`, parameters: { retry_after: next.retryAfter } });
      if (next?.status === 403) return reply(403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
      messages.push({ chatId, text: payload.text, replyMarkup: payload.reply_markup ?? null, at: now() });
      reply(200, { ok: true, result: { message_id: messages.length, date: Math.floor(now() / 1000), chat: { id: Number(chatId), type: 'private' }, text: payload.text } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    messages,
    script: (chatId, answer) => scripted.set(chatId, [...(scripted.get(chatId) ?? []), answer]),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
