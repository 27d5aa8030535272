import type { Db, Executor, Identity } from '@crm/platform';
import { newOneTimeToken, oneTimeTokenHash } from '@crm/platform/http';
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { DocumentsConfig } from '../config';
import { links, type FolderRow, type LinkKind, type LinkRow, type OwnerType } from '../db/schema';

export interface IssuedLink {
  url: string;
  expiresAt: Date;
}

export const principalOf = (identity: Identity) => (identity.kind === 'user' ? identity.userId : identity.serviceId);

/**
 * One-time links (ADR 0037): a random token, only its hash stored, bound to the caller and to what it
 * may do; claimed by a single conditional UPDATE, so of two requests with one token exactly one wins.
 */
export function createLinksService(deps: { db: Db; clock: Clock; config: DocumentsConfig }) {
  async function issue(executor: Executor, kind: LinkKind, identity: Identity, binding: Partial<LinkRow>): Promise<IssuedLink> {
    const { token, hash } = newOneTimeToken();
    const expiresAt = new Date(deps.clock().getTime() + deps.config.linkTtlMs);
    await executor.insert(links).values({ ...binding, tokenHash: hash, kind, organizationId: identity.orgId, userId: principalOf(identity), expiresAt });
    return { url: `${deps.config.publicPath}/${kind === 'UPLOAD' ? 'upload' : 'download'}/${token}`, expiresAt };
  }

  const issueUpload = (
    executor: Executor,
    identity: Identity,
    input: { folder: FolderRow; ownerType: OwnerType; ownerId: string; name: string; originalName: string; maxBytes: number },
  ) =>
    issue(executor, 'UPLOAD', identity, {
      folderId: input.folder.id,
      ownerType: input.ownerType,
      ownerId: input.ownerId,
      name: input.name,
      originalName: input.originalName,
      maxBytes: input.maxBytes,
    });

  const issueDownload = (executor: Executor, identity: Identity, versionId: string) => issue(executor, 'DOWNLOAD', identity, { versionId });

  /** The link, now used; null when it is unknown, of the other kind, used already or expired (all 410 to the client). */
  async function claim(kind: LinkKind, token: string): Promise<LinkRow | null> {
    const now = deps.clock();
    const [row] = await deps.db
      .update(links)
      .set({ usedAt: now })
      .where(and(eq(links.tokenHash, oneTimeTokenHash(token)), eq(links.kind, kind), isNull(links.usedAt), gt(links.expiresAt, now)))
      .returning();
    return row ?? null;
  }

  /** Links expired a day ago are of no use even as evidence of reuse. */
  async function sweep(): Promise<number> {
    const cutoff = new Date(deps.clock().getTime() - 86_400_000);
    return (await deps.db.delete(links).where(lt(links.expiresAt, cutoff)).returning({ tokenHash: links.tokenHash })).length;
  }

  return { issueUpload, issueDownload, claim, sweep };
}

export type LinksService = ReturnType<typeof createLinksService>;
