import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@crm/platform';
import express from 'express';
import { forwardToBot, telegramWebhookRoutes } from './telegram-webhook';

const SECRET = 'unit-webhook-secret-0123456789';

async function listenOn(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** The router's end of Telegram's webhook: the secret token first, then the update handed to the bot. */
describe('telegram webhook route', () => {
  const delivered: unknown[] = [];
  let failNext = false;
  let app: { url: string; server: Server };
  const post = (body: unknown, secret?: string) =>
    fetch(`${app.url}/telegram/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', ...(secret === undefined ? {} : { 'x-telegram-bot-api-secret-token': secret }) }, body: JSON.stringify(body) });

  beforeAll(async () => {
    const routes = telegramWebhookRoutes(
      {
        secretToken: SECRET,
        deliver: async (update) => {
          if (failNext) throw new Error('bot down');
          delivered.push(update);
        },
      },
      createLogger({ name: 'test', level: 'silent' }),
    );
    app = await listenOn(express().use(routes));
  });
  afterAll(() => new Promise((resolve) => app.server.close(resolve)));

  it('refuses a missing or wrong secret token without delivering anything', async () => {
    expect((await post({ update_id: 1 })).status).toBe(401);
    expect((await post({ update_id: 1 }, `${SECRET}x`)).status).toBe(401);
    expect((await post({ update_id: 1 }, SECRET.slice(0, -1) + 'X')).status).toBe(401);
    expect(delivered).toEqual([]);
  });

  it('refuses a body without a numeric update_id, naming it', async () => {
    const response = await post({ message: {} }, SECRET);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error: 'update_id: a number is required' });
    expect(delivered).toEqual([]);
  });

  it('delivers an update with the right secret, and answers 200 even when the bot fails (no redelivery storm)', async () => {
    expect((await post({ update_id: 7, message: { text: 'hi' } }, SECRET)).status).toBe(200);
    expect(delivered).toEqual([{ update_id: 7, message: { text: 'hi' } }]);
    failNext = true;
    expect((await post({ update_id: 8 }, SECRET)).status).toBe(200);
    failNext = false;
  });

  it('has no route at all without options', async () => {
    const bare = await listenOn(express().use(telegramWebhookRoutes(undefined, createLogger({ name: 'test', level: 'silent' }))));
    const response = await fetch(`${bare.url}/telegram/webhook`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"update_id":1}' });
    expect(response.status).toBe(404);
    await new Promise((resolve) => bare.server.close(resolve));
  });

  it('forwards to the bot process with the same secret header', async () => {
    const seen: { secret: string | undefined; body: string }[] = [];
    const bot = await listenOn((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ secret: req.headers['x-telegram-bot-api-secret-token'] as string | undefined, body });
        res.end('{"ok":true}');
      });
    });
    await forwardToBot(`${bot.url}/updates`, SECRET)({ update_id: 9 });
    expect(seen).toEqual([{ secret: SECRET, body: '{"update_id":9}' }]);
    await new Promise((resolve) => bot.server.close(resolve));
  });
});
