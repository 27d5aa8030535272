import type { Executor } from '@crm/platform';
import { createOutboxPublisher } from '@crm/platform/bus';
import { outbox, type FileRow } from '../db/schema';

type Removal = 'DELETED' | 'PURGED' | 'EXPIRED';

/** `documents.file.*` through the outbox: written in the transaction of the change (the audit trail reads them). */
export function createFileEventsPublisher() {
  const publisher = createOutboxPublisher({ source: 'documents', tables: { outbox } });
  const state = (file: FileRow) => ({
    fileId: file.id,
    organizationId: file.organizationId,
    folderId: file.folderId,
    dealId: file.dealId,
    ownerType: file.ownerType as 'CLIENT' | 'DEAL' | 'POLICY' | 'CALCULATION',
    ownerId: file.ownerId,
    name: file.name,
    version: file.version,
    size: file.size,
    sha256: file.sha256,
  });
  return {
    added: (tx: Executor, file: FileRow, actorId: string | null) =>
      publisher.publish(tx, 'documents.file.added', {
        orgId: file.organizationId,
        actorId: actorId ?? undefined,
        subject: file.id,
        data: { ...state(file), contentType: file.contentType, origin: file.origin },
      }),
    removed: (tx: Executor, file: FileRow, reason: Removal, actorId: string | null) =>
      publisher.publish(tx, 'documents.file.removed', { orgId: file.organizationId, actorId: actorId ?? undefined, subject: file.id, data: { ...state(file), reason, actorId } }),
  };
}

export type FileEventsPublisher = ReturnType<typeof createFileEventsPublisher>;
