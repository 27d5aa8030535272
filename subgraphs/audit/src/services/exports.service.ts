import type { Db, Identity } from '@crm/platform';
import { requireAdmin } from '@crm/platform';
import { newOneTimeToken, oneTimeTokenHash } from '@crm/platform/http';
import { currentLanguage } from '@crm/texts';
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { EntryRow } from '../db/entries-table';
import { exportLinks, type ExportFilter, type ExportLinkRow } from '../db/schema';
import { checkFilter, entriesPage, filterConditions, type AuditLogFilter } from './audit-log.service';

export interface ExportLink {
  url: string;
  expiresAt: Date;
}

/** Where the router serves the export links (it forwards `/exports/audit/…` to Audit). */
export const EXPORT_PATH = '/exports/audit';
/** Rows read per query while streaming: memory stays flat whatever the range. */
const BATCH = 100;

/**
 * CSV exports of the trail through one-time links (like Documents' downloads, ADR 0037): an
 * administrator asks with a filter (`requestAuditExport`, itself recorded like every mutation), gets a
 * link valid for `ttlMs`, and the first GET streams the matching entries. The link is bound to the
 * administrator's organisation: nothing crosses organisations.
 */
export function createExportsService(deps: { db: Db; clock: Clock; ttlMs: number }) {
  async function request(caller: Identity | null, filter: AuditLogFilter | null | undefined): Promise<ExportLink> {
    const admin = requireAdmin(caller);
    const f = checkFilter(filter);
    const { token, hash } = newOneTimeToken();
    const expiresAt = new Date(deps.clock().getTime() + deps.ttlMs);
    await deps.db.insert(exportLinks).values({
      tokenHash: hash,
      organizationId: admin.orgId,
      userId: admin.userId,
      filter: { ...f, from: f.from?.toISOString() ?? null, to: f.to?.toISOString() ?? null },
      language: currentLanguage(),
      expiresAt,
    });
    return { url: `${EXPORT_PATH}/${token}`, expiresAt };
  }

  /** The link, now used; null when unknown, used or expired. */
  async function claim(token: string): Promise<ExportLinkRow | null> {
    const now = deps.clock();
    const [row] = await deps.db
      .update(exportLinks)
      .set({ usedAt: now })
      .where(and(eq(exportLinks.tokenHash, oneTimeTokenHash(token)), isNull(exportLinks.usedAt), gt(exportLinks.expiresAt, now)))
      .returning();
    return row ?? null;
  }

  /** The link's entries, newest first, a page at a time. */
  async function* pagesOf(link: ExportLinkRow): AsyncGenerator<EntryRow[]> {
    const conditions = filterConditions(fromStored(link.filter));
    let after: string | null = null;
    do {
      const page = await entriesPage(deps.db, link.organizationId, conditions, { first: BATCH, after });
      yield page.edges.map((edge) => edge.node);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
  }

  /** Links expired a day ago are of no use any more. */
  async function sweep(): Promise<number> {
    const cutoff = new Date(deps.clock().getTime() - 86_400_000);
    return (await deps.db.delete(exportLinks).where(lt(exportLinks.expiresAt, cutoff)).returning({ tokenHash: exportLinks.tokenHash })).length;
  }

  return { request, claim, pagesOf, sweep };
}

function fromStored(filter: ExportFilter): AuditLogFilter {
  return { ...filter, from: filter.from ? new Date(filter.from) : null, to: filter.to ? new Date(filter.to) : null };
}

export type ExportsService = ReturnType<typeof createExportsService>;
