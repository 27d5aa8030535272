import { randomUUID } from 'node:crypto';
import { createEnvelope } from '@crm/contracts';
import type { Identity } from '@crm/platform';
import { handleOnce } from '@crm/platform/bus/inbox';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { google } from 'googleapis';
import { driveOperations, folders } from '../db/schema';
import type { StorageAdapter } from '../storage/storage-adapter';
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

/** ADR 0077, Review: an operation Drive keeps refusing holds back its own organisation's later ones, not everyone's. */
describe('Documents on Drive: a failing operation', () => {
  let fake: FakeDrive;
  let h: DocumentsHarness;
  const refused = new Set<string>();
  const trashed: string[] = [];
  const [orgA, orgB] = [randomUUID(), randomUUID()];
  const queue = (organizationId: string, ref: string) => h.db.insert(driveOperations).values({ organizationId, kind: 'trash', ref });
  const pending = async () => (await h.db.select().from(driveOperations).where(isNull(driveOperations.doneAt)).orderBy(asc(driveOperations.seq))).map((row) => ({ ref: row.ref, attempts: row.attempts }));

  beforeAll(async () => {
    fake = await startFakeDrive();
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: 'test-token', expiry_date: Date.now() + 3_600_000 });
    const drive = createDriveStorage({ driveId: fake.driveId, rootUrl: fake.url, auth });
    const storage: StorageAdapter = {
      ...drive,
      async remove(ref) {
        if (refused.has(ref)) throw new Error(`Drive refused ${ref}`);
        trashed.push(ref);
        await drive.remove(ref);
      },
    };
    h = await createDocumentsHarness({}, undefined, storage);
  });
  afterAll(async () => {
    await h?.close();
    await fake?.close();
  });

  it('is retried on every run, with the later ones of its organisation after it, while other organisations go on', async () => {
    refused.add('a-1');
    await queue(orgA, 'a-1');
    await queue(orgB, 'b-1');
    await queue(orgA, 'a-2');
    await queue(orgB, 'b-2');
    expect(await h.module.services.driveOperations.runPending()).toBe(2);
    expect(trashed).toEqual(['b-1', 'b-2']);
    expect(await h.module.services.driveOperations.runPending()).toBe(0);
    expect(await pending()).toEqual([
      { ref: 'a-1', attempts: 2 },
      { ref: 'a-2', attempts: 0 },
    ]);
    // Drive takes it again: the organisation's operations are done in their order.
    refused.delete('a-1');
    expect(await h.module.services.driveOperations.runPending()).toBe(2);
    expect(trashed).toEqual(['b-1', 'b-2', 'a-1', 'a-2']);
    expect(await pending()).toEqual([]);
  });

  it('does each operation once and in order when two runners (two processes) run at once', async () => {
    trashed.length = 0;
    const refs = Array.from({ length: 6 }, (_, i) => `c-${i + 1}`);
    for (const ref of refs) await queue(orgA, ref);
    const done = await Promise.all([h.module.services.driveOperations.runPending(), h.module.services.driveOperations.runPending()]);
    expect(done[0] + done[1]).toBe(refs.length);
    expect(trashed).toEqual(refs);
    expect(await pending()).toEqual([]);
  });
});
