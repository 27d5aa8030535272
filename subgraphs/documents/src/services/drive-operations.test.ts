import { randomUUID } from 'node:crypto';
import { createEnvelope } from '@crm/contracts';
import type { Identity } from '@crm/platform';
import { handleOnce } from '@crm/platform/bus/inbox';
import { and, eq } from 'drizzle-orm';
import { google } from 'googleapis';
import { folders } from '../db/schema';
import { createDriveStorage } from '../storage/drive-storage';
import type { FolderSection } from './folder-sections';
import { createDocumentsHarness, type DocumentsHarness } from '../testing/documents-harness';
import { startFakeDrive, type FakeDrive } from '../testing/fake-drive-server';

const UPLOAD = `mutation($input: RequestUploadInput!) { requestUpload(input: $input) { url } }`;

/** ADR 0077: Drive follows what the database decided — a merged deal's folder moves on Drive too, and only after the commit. */
describe('Documents on Drive: folder moves and trash after the commit', () => {
  let fake: FakeDrive;
  let h: DocumentsHarness;
  const org = randomUUID();
  const admin: Identity = { kind: 'user', userId: randomUUID(), orgId: org, roles: ['ADMIN'] };
  const source = { clientId: randomUUID(), organizationId: org, ownerId: admin.userId, kind: 'PERSON' as const, displayName: 'Петров П.' };
  const target = { clientId: randomUUID(), organizationId: org, ownerId: admin.userId, kind: 'PERSON' as const, displayName: 'Петров Пётр' };
  const dealId = randomUUID();
  const deal = { dealId, organizationId: org, clientId: source.clientId, ownerId: admin.userId, participantIds: [], title: 'КАСКО Петров', stage: 'NEW' as const, archived: false, reviewDate: null };
  const folderOf = async (ownerId: string, section: FolderSection | '' = '') => (await h.db.select().from(folders).where(and(eq(folders.ownerId, ownerId), eq(folders.section, section))))[0];
  const upload = async (folderId: string, name: string) => {
    const link = await h.run<{ requestUpload: { url: string } }>(UPLOAD, { variables: { input: { folderId, name } } });
    expect((await fetch(`${h.origin}${link.data!.requestUpload.url}`, { method: 'PUT', body: Buffer.from('%PDF-1.4 x') })).status).toBe(201);
  };

  beforeAll(async () => {
    fake = await startFakeDrive();
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: 'test-token', expiry_date: Date.now() + 3_600_000 });
    h = await createDocumentsHarness({}, admin, createDriveStorage({ driveId: fake.driveId, rootUrl: fake.url, auth }));
    await h.deliver('crm.client.created', source);
    await h.deliver('crm.client.created', target);
    await h.deliver('crm.deal.created', deal);
    await upload((await folderOf(dealId, 'CLIENT_DOCUMENTS'))!.id, 'Полис.pdf');
    await upload((await folderOf(source.clientId))!.id, 'Паспорт.pdf');
  });
  afterAll(async () => {
    await h?.close();
    await fake?.close();
  });

  it('a deal moved to another client (a merge) moves its Drive folder, with what is in it, under the new client’s', async () => {
    const dealRef = (await folderOf(dealId))!.storageRef!;
    expect(fake.items.get(dealRef)!.parents).toEqual([(await folderOf(source.clientId))!.storageRef]);
    await h.deliver('crm.deal.updated', { ...deal, clientId: target.clientId, changedFields: ['clientId'], changes: { clientId: { from: source.clientId, to: target.clientId } } });
    const targetRef = (await folderOf(target.clientId))!.storageRef;
    expect(targetRef).toBeTruthy();
    expect(fake.items.get(dealRef)!.parents).toEqual([targetRef]);
    expect(fake.items.get(targetRef!)).toMatchObject({ name: 'Петров Пётр', trashed: false });
    // The section and its file came along: they are still inside the deal's folder.
    const section = fake.items.get((await folderOf(dealId, 'CLIENT_DOCUMENTS'))!.storageRef!)!;
    expect(section.parents).toEqual([dealRef]);
    expect([...fake.items.values()].find((item) => item.name === 'Полис.pdf')!.parents).toEqual([section.id]);
    // Done once: another run has nothing left to do.
    expect(await h.module.services.driveOperations.runPending()).toBe(0);
  });

  it('a client deletion rolled back after the handler ran leaves Drive alone; the redelivery trashes the folder', async () => {
    const sourceRef = (await folderOf(source.clientId))!.storageRef!;
    const deleted = { clientId: source.clientId, organizationId: org, displayName: source.displayName };
    const consumer = h.module.consumers!.find((c) => c.name === 'documents.client-deleted')!;
    // A later step of the same transaction fails: everything the handler wrote rolls back with it.
    const failing = { ...consumer, handle: async (...args: Parameters<typeof consumer.handle>) => { await consumer.handle(...args); throw new Error('a later step failed'); } };
    const envelope = createEnvelope({ source: '/test', type: 'crm.client.deleted', version: 1, orgId: org, data: deleted });
    await expect(handleOnce(h.db, h.module.busTables, failing, envelope)).rejects.toThrow('a later step failed');
    expect(await h.module.services.driveOperations.runPending()).toBe(0);
    expect(fake.items.get(sourceRef)!.trashed).toBe(false);
    expect(await folderOf(source.clientId)).toBeDefined();

    // Redelivered, it commits: then, and only then, Drive's folder goes to the trash.
    await handleOnce(h.db, h.module.busTables, consumer, envelope);
    expect(fake.items.get(sourceRef)!.trashed).toBe(false);
    expect(await h.module.services.driveOperations.runPending()).toBe(1);
    expect(fake.items.get(sourceRef)!.trashed).toBe(true);
    expect(await folderOf(source.clientId)).toBeUndefined();
  });
});
