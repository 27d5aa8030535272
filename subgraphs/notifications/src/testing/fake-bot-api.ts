import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedMessage {
  chatId: string;
  text: string;
  replyMarkup: unknown;
  /** The test clock when the message arrived. */
  at: number;
}

/** Any Bot API method call, in arrival order. */
export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  at: number;
}

type Scripted = { status: 429; retryAfter: number } | { status: 403 };

/** The bot the fake server is the API of (`getMe`). */
export const FAKE_BOT_INFO = {
  id: 7000001,
  is_bot: true as const,
  first_name: 'CRM',
  username: 'crm_test_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/**
 * A local stand-in for the Telegram Bot API (grammY's `apiRoot` points at it): records every method call
 * (`sendMessage` also in `messages`) and answers 200, or what the test scripted for a chat's next
 * `sendMessage` (429 with `retry_after`, 403). Updates pushed with `pushUpdate` are served by `getUpdates`
 * (long polling holds the request until one arrives or its `timeout` passes).
 */
export interface FakeBotApi {
  apiRoot: string;
  messages: RecordedMessage[];
  calls: RecordedCall[];
  /** The next `sendMessage` to `chatId` gets this answer (once). */
  script(chatId: string, answer: Scripted): void;
  /** A file users can send: `getFile` answers its path, `GET /file/bot<token>/<path>` serves the bytes. */
  addFile(bytes: Buffer): { fileId: string; size: number };
  /** Queues an update for `getUpdates`; its `update_id` is the next in sequence unless given. Returns it. */
  pushUpdate(update: Record<string, unknown>): Record<string, unknown> & { update_id: number };
  close(): Promise<void>;
}

export async function startFakeBotApi(now: () => number): Promise<FakeBotApi> {
  const messages: RecordedMessage[] = [];
  const calls: RecordedCall[] = [];
  const scripted = new Map<string, Scripted[]>();
  const updates: (Record<string, unknown> & { update_id: number })[] = [];
  const files = new Map<string, Buffer>();
  let waiting: (() => void)[] = [];
  let nextUpdateId = 1;
  let closing = false;

  const pendingAfter = (offset: number) => updates.filter((u) => u.update_id >= offset);
  async function getUpdates(payload: { offset?: number; timeout?: number }) {
    const offset = payload.offset ?? 0;
    // Confirmed updates (below the offset) are gone, as in Telegram.
    for (let i = updates.length - 1; i >= 0; i -= 1) if (updates[i]!.update_id < offset) updates.splice(i, 1);
    if (pendingAfter(offset).length === 0 && (payload.timeout ?? 0) > 0 && !closing) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(payload.timeout!, 5) * 1000);
        waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return pendingAfter(offset);
  }

  function answerFor(method: string, payload: Record<string, unknown>): unknown {
    if (method === 'getMe') return FAKE_BOT_INFO;
    if (method === 'getFile') {
      const fileId = String(payload.file_id);
      const bytes = files.get(fileId);
      return { file_id: fileId, file_unique_id: `u${fileId}`, ...(bytes ? { file_size: bytes.length, file_path: `documents/${fileId}` } : {}) };
    }
    if (method === 'sendMessage' || method.startsWith('edit')) {
      const chatId = String(payload.chat_id);
      return { message_id: calls.length, date: Math.floor(now() / 1000), chat: { id: Number(chatId), type: 'private' }, text: payload.text };
    }
    return true;
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const filePath = /^\/file\/bot[^/]+\/documents\/(\w+)$/.exec(req.url ?? '')?.[1];
      if (filePath !== undefined) {
        const bytes = files.get(filePath);
        if (!bytes) return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
        return void res.end(bytes);
      }
      const method = /\/bot[^/]+\/(\w+)$/.exec(req.url ?? '')?.[1];
      if (!method) return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
      const raw = await readBody(req);
      const payload = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
      calls.push({ method, payload, at: now() });
      if (method === 'getUpdates') return reply(200, { ok: true, result: await getUpdates(payload) });
      if (method === 'sendMessage') {
        const chatId = String(payload.chat_id);
        const next = scripted.get(chatId)?.shift();
        if (next?.status === 429) return reply(429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${next.retryAfter}`, parameters: { retry_after: next.retryAfter } });
        if (next?.status === 403) return reply(403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
        messages.push({ chatId, text: String(payload.text), replyMarkup: payload.reply_markup ?? null, at: now() });
      }
      reply(200, { ok: true, result: answerFor(method, payload) });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    messages,
    calls,
    addFile(bytes) {
      const fileId = `file${files.size + 1}`;
      files.set(fileId, bytes);
      return { fileId, size: bytes.length };
    },
    script: (chatId, answer) => scripted.set(chatId, [...(scripted.get(chatId) ?? []), answer]),
    pushUpdate(update) {
      const full = { update_id: nextUpdateId, ...update } as Record<string, unknown> & { update_id: number };
      nextUpdateId = Math.max(nextUpdateId, full.update_id) + 1;
      updates.push(full);
      const wake = waiting;
      waiting = [];
      wake.forEach((fn) => fn());
      return full;
    },
    close: () => {
      closing = true;
      waiting.forEach((fn) => fn());
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => resolve(raw));
    req.on('error', reject);
  });
}
