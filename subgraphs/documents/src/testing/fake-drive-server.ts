import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  bytes: Buffer | null;
}

export interface FakeDrive {
  /** The `rootUrl` to give the adapter. */
  url: string;
  driveId: string;
  items: Map<string, DriveItem>;
  /** Upload methods seen, in order (`multipart`, `resumable`). */
  uploads: string[];
  close(): Promise<void>;
}

const FOLDER_MIME = 'application/vnd.google-apps.folder';

/**
 * The Drive v3 endpoints the adapter uses, in memory (there is no internet here): create a folder or file
 * (metadata, multipart, resumable), get media with ranges or metadata, list by parent and name, rename, move (addParents/removeParents), trash. Like a shared
 * drive, it answers 404 to any call without `supportsAllDrives=true`, and 401 without a Bearer token.
 */
export async function startFakeDrive(): Promise<FakeDrive> {
  const driveId = `drive-${randomUUID()}`;
  const items = new Map<string, DriveItem>();
  const sessions = new Map<string, Omit<DriveItem, 'bytes' | 'id' | 'trashed'>>();
  const uploads: string[] = [];

  const add = (meta: { name?: string; mimeType?: string; parents?: string[] }, bytes: Buffer | null): DriveItem => {
    const item: DriveItem = { id: randomUUID(), name: meta.name ?? 'untitled', mimeType: meta.mimeType ?? 'application/octet-stream', parents: meta.parents ?? [driveId], trashed: false, bytes };
    items.set(item.id, item);
    return item;
  };
  const view = (item: DriveItem) => ({ id: item.id, name: item.name, mimeType: item.mimeType, parents: item.parents, webViewLink: `https://drive.example/${item.id}` });

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (!req.headers.authorization?.startsWith('Bearer ')) return json(401, { error: { code: 401, message: 'Login Required' } });
    if (url.searchParams.get('supportsAllDrives') !== 'true') return json(404, { error: { code: 404, message: 'File not found (shared drive without supportsAllDrives)' } });
    const body = await readBody(req);
    const path = url.pathname.replace(/\/+/g, '/');

    if (req.method === 'POST' && path === '/drive/v3/files') return json(200, view(add(JSON.parse(body.toString('utf8')), null)));
    if (req.method === 'POST' && path === '/upload/drive/v3/files' && url.searchParams.get('uploadType') === 'multipart') {
      const { meta, bytes } = parseMultipart(req.headers['content-type'] ?? '', body);
      uploads.push('multipart');
      return json(200, view(add(meta, bytes)));
    }
    if (req.method === 'POST' && path === '/upload/drive/v3/files' && url.searchParams.get('uploadType') === 'resumable') {
      const id = randomUUID();
      const meta = JSON.parse(body.toString('utf8')) as { name: string; mimeType?: string; parents?: string[] };
      sessions.set(id, { name: meta.name, mimeType: meta.mimeType ?? String(req.headers['x-upload-content-type']), parents: meta.parents ?? [driveId] });
      const host = `http://${req.headers.host}`;
      res.writeHead(200, { location: `${host}/upload/drive/v3/files?uploadType=resumable&supportsAllDrives=true&upload_id=${id}` }).end();
      return;
    }
    if (req.method === 'PUT' && path === '/upload/drive/v3/files') {
      const session = sessions.get(url.searchParams.get('upload_id') ?? '');
      if (!session) return json(404, { error: { code: 404, message: 'No such upload session' } });
      sessions.delete(url.searchParams.get('upload_id') ?? '');
      uploads.push('resumable');
      return json(200, view(add(session, body)));
    }
    if (req.method === 'GET' && path === '/drive/v3/files') return json(200, { files: list(url.searchParams.get('q') ?? '').map(view) });
    const match = /^\/drive\/v3\/files\/([^/]+)$/.exec(path);
    const item = match ? items.get(decodeURIComponent(match[1] ?? '')) : undefined;
    if (!item) return json(404, { error: { code: 404, message: 'File not found' } });
    if (req.method === 'GET' && url.searchParams.get('alt') === 'media') {
      if (item.trashed || !item.bytes) return json(404, { error: { code: 404, message: 'File not found' } });
      const range = /^bytes=(\d+)-(\d+)$/.exec(String(req.headers.range ?? ''));
      if (!range) return void res.writeHead(200, { 'content-type': item.mimeType }).end(item.bytes);
      const start = Number(range[1]);
      const end = Math.min(Number(range[2]), item.bytes.length - 1);
      res.writeHead(206, { 'content-type': item.mimeType, 'content-range': `bytes ${start}-${end}/${item.bytes.length}` }).end(item.bytes.subarray(start, end + 1));
      return;
    }
    if (req.method === 'GET') return json(200, view(item));
    if (req.method === 'PATCH') {
      const patch = JSON.parse(body.toString('utf8') || '{}') as { trashed?: boolean; name?: string };
      if (patch.trashed !== undefined) item.trashed = patch.trashed;
      if (patch.name !== undefined) item.name = patch.name;
      // A move: Drive takes the parents to add and to remove as query parameters, comma-separated.
      const removed = (url.searchParams.get('removeParents') ?? '').split(',').filter(Boolean);
      const added = (url.searchParams.get('addParents') ?? '').split(',').filter(Boolean);
      if (added.some((parent) => !items.has(parent) && parent !== driveId)) return json(404, { error: { code: 404, message: 'Parent not found' } });
      item.parents = [...item.parents.filter((parent) => !removed.includes(parent)), ...added.filter((parent) => !item.parents.includes(parent))];
      return json(200, view(item));
    }
    json(400, { error: { code: 400, message: `not faked: ${req.method} ${path}` } });
  }

  /** The queries the adapter sends: `'<parent>' in parents and name = '<name>' and mimeType = '…' and trashed = false`. */
  function list(q: string): DriveItem[] {
    const parent = /'([^']+)' in parents/.exec(q)?.[1];
    const name = /name = '((?:[^'\\]|\\.)*)'/.exec(q)?.[1]?.replace(/\\(.)/g, '$1');
    return [...items.values()].filter(
      (item) => !item.trashed && (!parent || item.parents.includes(parent)) && (name === undefined || item.name === name) && (!q.includes(FOLDER_MIME) || item.mimeType === FOLDER_MIME),
    );
  }

  const server = createServer((req, res) => {
    handle(req, res, new URL(req.url ?? '/', 'http://fake')).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    driveId,
    items,
    uploads,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `multipart/related`: a JSON metadata part, then the media part. */
function parseMultipart(contentType: string, body: Buffer): { meta: { name?: string; mimeType?: string; parents?: string[] }; bytes: Buffer } {
  const boundary = /boundary=("?)([^";]+)\1/.exec(contentType)?.[2];
  if (!boundary) throw new Error('multipart without boundary');
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Buffer[] = [];
  let from = body.indexOf(delimiter);
  while (from !== -1) {
    const next = body.indexOf(delimiter, from + delimiter.length);
    if (next === -1) break;
    parts.push(body.subarray(from + delimiter.length, next));
    from = next;
  }
  const content = parts.map((part) => {
    const headerEnd = part.indexOf('\r\n\r\n');
    return part.subarray(headerEnd + 4, part.length - 2);
  });
  const [meta, bytes] = content;
  if (!meta || !bytes) throw new Error('multipart needs metadata and media');
  return { meta: JSON.parse(meta.toString('utf8')) as { name?: string }, bytes };
}
