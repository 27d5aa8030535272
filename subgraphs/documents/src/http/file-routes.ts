import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '@crm/platform';
import type { Request, Response, Router } from 'express';
import { contentDisposition } from '../services/file-names';
import { sniffContentType } from '../services/content-sniffer';
import type { DocumentsServices } from '../services/documents-services';
import { parseRange } from './byte-range';
import { meterBody, TooLargeError } from './upload-body';
import { documentsText } from '../documents.texts';

const gone = (res: Response) =>
  res.status(410).json({ error: { code: 'LINK_GONE', message: documentsText('linkGone').render() } });

const tooLarge = (res: Response, maxBytes: number) =>
  res.status(413).json({ error: { code: 'PAYLOAD_TOO_LARGE', message: documentsText('fileTooLarge', { maxBytes }).render(), maxBytes } });

/**
 * `PUT|POST /files/upload/:token` (the raw bytes as the body) and `GET /files/download/:token`: the
 * one-time links the GraphQL mutations hand out (ADR 0037). The router forwards its `/files/…` here.
 */
export function fileRoutes(services: DocumentsServices, logger: Logger) {
  return (router: Router) => {
    const upload = (req: Request, res: Response) => {
      handleUpload(services, req, res).catch((error: unknown) => failed(res, logger, error));
    };
    router.put('/files/upload/:token', upload);
    router.post('/files/upload/:token', upload);
    router.get('/files/download/:token', (req, res) => {
      handleDownload(services, req, res).catch((error: unknown) => failed(res, logger, error));
    });
  };
}

async function handleUpload(services: DocumentsServices, req: Request, res: Response): Promise<void> {
  const link = await services.links.claim('UPLOAD', String(req.params.token));
  if (!link) return void gone(res);
  const maxBytes = link.maxBytes ?? services.config.maxUploadBytes;
  const declared = Number(req.header('content-length') ?? NaN);
  if (declared > maxBytes) {
    res.setHeader('Connection', 'close');
    return void tooLarge(res, maxBytes);
  }
  const folder = await services.folders.byIdUnchecked(link.folderId ?? '');
  const metered = await meterBody(req, maxBytes);
  const contentType = await sniffContentType(metered.head);
  let stored;
  try {
    stored = await services.storage.write({
      key: randomUUID(),
      name: link.name ?? 'file',
      contentType,
      folderRef: await services.folders.storageFolder(services.db, folder),
      body: metered.body,
      size: Number.isFinite(declared) ? declared : undefined,
    });
  } catch (error) {
    if (error instanceof TooLargeError || metered.exceeded()) {
      res.setHeader('Connection', 'close');
      return void tooLarge(res, maxBytes);
    }
    throw error;
  }
  const { size, sha256 } = metered.totals();
  try {
    const file = await services.files.commitUpload(link, { size, sha256, contentType, stored }, { userId: link.userId, service: !isUuid(link.userId) });
    res.status(201).json({ document: { id: file.id, name: file.name, version: file.version, size: file.size, contentType: file.contentType, sha256: file.sha256 } });
  } catch (error) {
    await services.storage.remove(stored.ref);
    throw error;
  }
}

async function handleDownload(services: DocumentsServices, req: Request, res: Response): Promise<void> {
  const link = await services.links.claim('DOWNLOAD', String(req.params.token));
  const found = link?.versionId ? await services.files.versionForDownload(link.versionId) : null;
  if (!found) return void gone(res);
  const { file, version } = found;
  const range = parseRange(req.header('range'), version.size);
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Content-Type', version.contentType);
  res.setHeader('Content-Disposition', contentDisposition(file.name));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
  if (range === 'unsatisfiable') {
    res.setHeader('Content-Range', `bytes */${version.size}`);
    return void res.status(416).json({ error: { code: 'RANGE_NOT_SATISFIABLE', message: documentsText('rangeOutside').render() } });
  }
  const stream = await services.storage.read(version.storageRef, range ?? undefined);
  if (range) {
    res.status(206).setHeader('Content-Range', `bytes ${range.start}-${range.end}/${version.size}`);
    res.setHeader('Content-Length', String(range.end - range.start + 1));
  } else {
    res.status(200).setHeader('Content-Length', String(version.size));
  }
  await pipeline(stream, res);
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

function failed(res: Response, logger: Logger, error: unknown): void {
  logger.warn({ err: error }, 'file transfer failed');
  if (res.headersSent) return void res.destroy();
  res.status(500).json({ error: { code: 'INTERNAL', message: documentsText('transferFailed').render() } });
}
