import { createServer, type IncomingMessage, type Server } from 'node:http';
import { sameSecret } from '@crm/platform/http';
import type { Logger } from '@crm/platform';

const MAX_UPDATE_BYTES = 256 * 1024;

/**
 * The bot process's HTTP side (distributed): `GET /healthz` and `/readyz` for the orchestrator, and with a secret token
 * `POST /updates`, an update the router's webhook forwarded with the same secret (checked in constant time).
 */
export function createUpdateReceiver(options: { secretToken: string | undefined; logger: Logger; handle(update: { update_id: number }): Promise<void> }): Server {
  return createServer((req, res) => {
    void (async () => {
      const answer = (status: number) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: status === 200 }));
      };
      if (req.method === 'GET' && (req.url === '/healthz' || req.url === '/readyz')) return answer(200);
      if (req.method !== 'POST' || req.url !== '/updates' || !options.secretToken) return answer(404);
      if (!sameSecret(req.headers['x-telegram-bot-api-secret-token'] as string | undefined, options.secretToken)) return answer(401);
      let update: { update_id?: unknown };
      try {
        update = JSON.parse(await readLimited(req)) as { update_id?: unknown };
      } catch {
        return answer(400);
      }
      if (typeof update.update_id !== 'number') return answer(400);
      try {
        await options.handle(update as { update_id: number });
        answer(200);
      } catch (error) {
        options.logger.error({ err: error, updateId: update.update_id }, 'telegram update failed');
        answer(500);
      }
    })();
  });
}

function readLimited(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
      if (raw.length > MAX_UPDATE_BYTES) reject(new Error('update too large'));
    });
    req.on('end', () => resolve(raw));
    req.on('error', reject);
  });
}
