import { randomUUID } from 'node:crypto';
import type { Identity } from '@crm/platform';
import { firstError } from '@crm/platform/testing';
import { eq } from 'drizzle-orm';
import { google } from 'googleapis';
import { folders } from '../db/schema';
import { createDriveStorage } from '../storage/drive-storage';
import type { StorageAdapter } from '../storage/storage-adapter';
import { createDocumentsHarness } from '../testing/documents-harness';
import { startFakeDrive, type FakeDrive } from '../testing/fake-drive-server';

const UPLOAD = `mutation($input: RequestUploadInput!) { requestUpload(input: $input) { url } }`;

/** One organisation with a client (and its own folder holding a file), on the storage given. */
async function clientWithAFile(storage?: StorageAdapter) {
  const org = randomUUID();
  const admin: Identity = { kind: 'user', userId: randomUUID(), orgId: org, roles: ['ADMIN'] };
  const clientId = randomUUID();
  const client = { clientId, organizationId: org, ownerId: admin.userId, kind: 'PERSON' as const, displayName: 'Ошибочный Клиент' };
  const h = await createDocumentsHarness({}, admin, storage);
  await h.deliver('crm.client.created', client);
  const clientFolder = async () => (await h.db.select().from(folders).where(eq(folders.ownerId, clientId)))[0];
  const link = await h.run<{ requestUpload: { url: string } }>(UPLOAD, { variables: { input: { folderId: (await clientFolder())!.id, name: 'Паспорт.pdf' } } });
  const response = await fetch(`${h.origin}${link.data!.requestUpload.url}`, { method: 'PUT', body: Buffer.from('%PDF-1.4 паспорт') });
  expect(response.status).toBe(201);
  const fileId = ((await response.json()) as { document: { id: string } }).document.id;
  const deleted = { clientId, organizationId: org, displayName: client.displayName };
  return { h, org, client, clientFolder, fileId, deleted };
}

/** ADR 0073: CRM deletes a client (one without deals, ADR 0050); Documents removes its folder. */
describe('Documents: the folder of a deleted client', () => {
  it('local disk: the client’s files are deleted (then purged), the folder goes, and a late client event does not bring it back', async () => {
    const { h, client, clientFolder, fileId, deleted } = await clientWithAFile();
    try {
      await h.deliver('crm.client.deleted', deleted);
      expect(await clientFolder()).toBeUndefined();
      const document = await h.run<{ document: { deletedAt: string | null } }>('query($id: ID!) { document(id: $id) { deletedAt } }', { variables: { id: fileId } });
      expect(document.data?.document.deletedAt).not.toBeNull();
      expect((await h.published<{ fileId: string; reason: string }>('documents.file.removed')).map((e) => [e.data.fileId, e.data.reason])).toEqual([[fileId, 'DELETED']]);
      const restore = await h.run('mutation($id: ID!) { restoreDocument(input: { documentId: $id }) { document { id } } }', { variables: { id: fileId } });
      expect(firstError(restore)).toMatchObject({ code: 'CONFLICT', field: 'input.documentId' });

      // Redelivered, and an older client event arriving late: nothing comes back, nothing is removed twice.
      await h.deliver('crm.client.deleted', deleted);
      await h.deliver('crm.client.updated', { ...client, displayName: 'Поздний', changedFields: ['displayName'] }, { time: new Date(Date.now() - 60_000) });
      expect(await clientFolder()).toBeUndefined();
      expect(await h.published('documents.file.removed')).toHaveLength(1);

      // The bytes go with the retention purge, like any deleted file's.
      expect((await h.storedFiles()).filter((path) => path.includes('/objects/'))).toHaveLength(1);
      h.advanceDays(31);
      expect(await h.module.services.retention.purgeDeleted()).toBe(1);
      expect((await h.storedFiles()).filter((path) => path.includes('/objects/'))).toHaveLength(0);
    } finally {
      await h.close();
    }
  });

  it('Drive: the client’s Drive folder goes to Drive’s trash', async () => {
    const fake: FakeDrive = await startFakeDrive();
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: 'test-token', expiry_date: Date.now() + 3_600_000 });
    const { h, clientFolder, deleted } = await clientWithAFile(createDriveStorage({ driveId: fake.driveId, rootUrl: fake.url, auth }));
    try {
      const ref = (await clientFolder())!.storageRef!;
      expect(fake.items.get(ref)).toMatchObject({ name: 'Ошибочный Клиент', trashed: false });
      await h.deliver('crm.client.deleted', deleted);
      expect(fake.items.get(ref)?.trashed).toBe(true);
      expect(await clientFolder()).toBeUndefined();
    } finally {
      await h.close();
      await fake.close();
    }
  });

  it('merged clients: a deal moved to the target client takes its folder along, so deleting the source later orphans nothing', async () => {
    const { h, org, client, clientFolder, deleted } = await clientWithAFile();
    try {
      const targetId = randomUUID();
      const dealId = randomUUID();
      const deal = { dealId, organizationId: org, clientId: client.clientId, ownerId: client.ownerId, participantIds: [], title: 'КАСКО', stage: 'NEW' as const, archived: false, reviewDate: null };
      await h.deliver('crm.client.created', { ...client, clientId: targetId, displayName: 'Настоящий Клиент' });
      await h.deliver('crm.deal.created', deal);
      const dealFolder = async () => (await h.db.select().from(folders).where(eq(folders.ownerId, dealId))).find((f) => f.section === '')!;
      expect((await dealFolder()).parentId).toBe((await clientFolder())!.id);

      await h.deliver('crm.deal.updated', { ...deal, clientId: targetId, changedFields: ['clientId'] });
      const target = (await h.db.select().from(folders).where(eq(folders.ownerId, targetId)))[0]!;
      expect(await dealFolder()).toMatchObject({ parentId: target.id, clientId: targetId });
      expect(new Set((await h.db.select().from(folders).where(eq(folders.dealId, dealId))).map((f) => f.clientId))).toEqual(new Set([targetId]));

      await h.deliver('crm.client.deleted', deleted);
      expect(await clientFolder()).toBeUndefined();
      expect((await dealFolder()).parentId).toBe(target.id);
    } finally {
      await h.close();
    }
  });
});
