import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Logger } from '@crm/platform';
import { stringify } from 'csv-stringify';
import type { Request, Response, Router } from 'express';
import { auditText } from '../audit.texts';
import { EXPORT_PATH, type ExportsService } from '../services/exports.service';
import type { TrailNamesService } from '../services/trail-names.service';
import { CSV_OPTIONS, csvRows } from './audit-csv';

/**
 * `GET /exports/audit/:token`: the one-time link `requestAuditExport` handed out, streamed as CSV
 * (`;`-separated with a BOM, as Russian Excel opens it) a page of entries at a time. The router
 * forwards its `/exports/audit/…` here.
 */
export function exportRoutes(exports: ExportsService, names: TrailNamesService, logger: Logger) {
  return (router: Router) => {
    router.get(`${EXPORT_PATH}/:token`, (req, res) => {
      download(exports, names, req, res).catch((error: unknown) => {
        logger.warn({ err: error }, 'audit export failed');
        if (res.headersSent) return void res.destroy();
        res.status(500).json({ error: { code: 'INTERNAL', message: auditText('exportFailed').render() } });
      });
    });
  };
}

async function download(exports: ExportsService, names: TrailNamesService, req: Request, res: Response): Promise<void> {
  const link = await exports.claim(String(req.params.token));
  if (!link) return void res.status(410).json({ error: { code: 'LINK_GONE', message: auditText('exportLinkGone').render() } });
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="audit-${link.createdAt.toISOString().slice(0, 10)}.csv"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const rows = csvRows(link.language, exports.pagesOf(link), (ids) => names.namesOf(link.organizationId, ids));
  await pipeline(Readable.from(rows), stringify(CSV_OPTIONS), res);
}
