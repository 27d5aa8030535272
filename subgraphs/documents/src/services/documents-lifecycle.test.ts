import { randomBytes, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import type { Identity } from '@crm/platform';
import { firstError } from '@crm/platform/testing';
import { createDocumentsHarness, type DocumentsHarness } from '../testing/documents-harness';

const org = randomUUID();
const sellerId = randomUUID();
const clientId = randomUUID();
const dealId = randomUUID();
const policyId = randomUUID();
const seller: Identity = { kind: 'user', userId: sellerId, orgId: org, roles: ['SELLER'] };
const integration: Identity = { kind: 'service', serviceId: 'mail-import', orgId: org, scopes: [] };

const dealState = { dealId, organizationId: org, clientId, ownerId: sellerId, participantIds: [], title: 'КАСКО Иванов', stage: 'NEW' as const, archived: false, reviewDate: null };
const FOLDER = `query($id: ID!) { folder(id: $id) { id name kind section folders { id name section folders { name kind } } } }`;
const UPLOAD = `mutation($input: RequestUploadInput!) { requestUpload(input: $input) { url } }`;
const DOCUMENT = `query($id: ID!) { document(id: $id) { id origin expiresAt bytesDeletedAt deletedAt versions { available } } }`;

/** Polls `condition` (effects of another connection happen asynchronously); fails after 10 s. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await condition()); waited += 20) {
    if (waited > 10_000) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('Documents: folders from CRM events, imports that expire, retention, links', () => {
  let h: DocumentsHarness;
  let dealFolderId: string;
  let sectionId: string;

  const put = async (url: string, body: Buffer) => fetch(`${h.origin}${url}`, { method: 'PUT', body });
  const uploadAs = async (identity: Identity, name: string, body: Buffer) => {
    const link = await h.run<{ requestUpload: { url: string } }>(UPLOAD, { identity, variables: { input: { folderId: sectionId, name } } });
    const response = await put(link.data!.requestUpload.url, body);
    expect(response.status).toBe(201);
    return ((await response.json()) as { document: { id: string } }).document.id;
  };
  const objects = async () => (await h.storedFiles()).filter((path) => path.includes('/objects/'));

  beforeAll(async () => {
    h = await createDocumentsHarness({}, seller);
    await h.deliver('crm.deal.created', dealState);
    await h.deliver('crm.client.created', { clientId, organizationId: org, ownerId: sellerId, kind: 'PERSON', displayName: 'Иванов Иван' });
    await h.deliver('crm.policy.created', {
      policyId,
      dealId,
      organizationId: org,
      clientId,
      dealOwnerId: sellerId,
      version: 1,
      number: 'AA-001',
      insurerName: 'Ингосстрах',
      productName: 'КАСКО',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      status: 'ACTIVE',
      premium: { amount: '1000.00', currency: 'RUB' },
      instalments: [{ dueDate: '2026-01-10', amount: { amount: '1000.00', currency: 'RUB' } }],
      commission: { kind: 'RATE', rate: '0.1' },
      plannedExpenses: [],
      renewalOfPolicyId: null,
    });
  });
  afterAll(() => h?.close());

  it('builds client → deal (with sections) → policy from events, in whatever order they come, and renames on a new title', async () => {
    await h.deliver('crm.deal.updated', { ...dealState, title: 'КАСКО Иванов 2026', changedFields: ['title'] });
    const deal = await h.run<{ deal: { documentsFolder: { id: string } } }>('query($id: ID!) { _entities(representations: [{ __typename: "Deal", id: $id }]) { ... on Deal { documentsFolder { id } } } }', {
      variables: { id: dealId },
    });
    expect(deal.errors).toBeUndefined();
    dealFolderId = (deal.data as unknown as { _entities: { documentsFolder: { id: string } }[] })._entities[0]!.documentsFolder.id;
    const folder = await h.run<{ folder: { name: string; folders: { id: string; name: string; section: string; folders: { name: string; kind: string }[] }[] } }>(FOLDER, {
      variables: { id: dealFolderId },
    });
    expect(folder.data?.folder.name).toBe('КАСКО Иванов 2026');
    expect(folder.data?.folder.folders.map((f) => [f.section, f.name, f.folders])).toEqual([
      ['CLIENT_DOCUMENTS', 'Документы клиента', []],
      ['PAYMENTS', 'Платежи', []],
      ['POLICY', 'Полис', [{ name: 'Полис AA-001', kind: 'POLICY' }]],
      ['CALCULATIONS', 'Расчёты', []],
    ]);
    sectionId = folder.data!.folder.folders.find((f) => f.section === 'CLIENT_DOCUMENTS')!.id;
    const parent = await h.run<{ folder: { name: string } }>('query($id: ID!) { folder(id: $id) { parent { name kind } } }', { variables: { id: dealFolderId } });
    expect(parent.data?.folder).toEqual({ parent: { name: 'Иванов Иван', kind: 'CLIENT' } });
  });

  it("an integration's import expires after 90 days unless renewed: the job deletes the bytes, keeps the metadata, and says so on the bus", async () => {
    const id = await uploadAs(integration, 'Выписка.txt', Buffer.from('импорт из почты'));
    const imported = await h.run<{ document: { origin: string; expiresAt: string } }>(DOCUMENT, { variables: { id } });
    expect(imported.data?.document.origin).toBe('INTEGRATION');
    const firstExpiry = new Date(imported.data!.document.expiresAt).getTime();

    h.advanceDays(60);
    const renewed = await h.run<{ renewDocument: { document: { expiresAt: string } } }>('mutation($id: ID!) { renewDocument(input: { documentId: $id }) { document { expiresAt } } }', {
      variables: { id },
    });
    expect(new Date(renewed.data!.renewDocument.document.expiresAt).getTime()).toBeGreaterThan(firstExpiry);
    h.advanceDays(89);
    expect(await h.module.services.retention.expireImports()).toBe(0);
    const before = (await objects()).length;

    h.advanceDays(2);
    expect(await h.module.services.retention.expireImports()).toBe(1);
    expect((await objects()).length).toBe(before - 1);
    const expired = await h.run<{ document: { bytesDeletedAt: string | null; versions: { available: boolean }[] } }>(DOCUMENT, { variables: { id } });
    expect(expired.data?.document.bytesDeletedAt).not.toBeNull();
    expect(expired.data?.document.versions).toEqual([{ available: false }]);
    const removed = await h.published<{ fileId: string; reason: string }>('documents.file.removed');
    expect(removed.map((e) => [e.data.fileId, e.data.reason])).toEqual([[id, 'EXPIRED']]);
    const download = await h.run('mutation($id: ID!) { requestDownload(input: { documentId: $id }) { url } }', { variables: { id } });
    expect(firstError(download)?.code).toBe('NOT_FOUND');
  });

  it('a deleted file is purged after the retention period and can no longer be restored', async () => {
    const id = await uploadAs(seller, 'Черновик.txt', Buffer.from('черновик'));
    await h.run('mutation($id: ID!) { deleteDocument(input: { documentId: $id }) { document { id } } }', { variables: { id } });
    h.advanceDays(29);
    expect(await h.module.services.retention.purgeDeleted()).toBe(0);
    h.advanceDays(2);
    expect(await h.module.services.retention.purgeDeleted()).toBe(1);
    const restore = await h.run('mutation($id: ID!) { restoreDocument(input: { documentId: $id }) { document { id } } }', { variables: { id } });
    expect(firstError(restore)?.code).toBe('CONFLICT');
    expect((await h.published<{ fileId: string; reason: string }>('documents.file.removed')).filter((e) => e.data.fileId === id).map((e) => e.data.reason)).toEqual([
      'DELETED',
      'PURGED',
    ]);
  });

  it('an expired link is 410 and stores nothing', async () => {
    const link = await h.run<{ requestUpload: { url: string } }>(UPLOAD, { variables: { input: { folderId: sectionId, name: 'Поздно.txt' } } });
    h.advanceDays(1);
    const response = await put(link.data!.requestUpload.url, Buffer.from('late'));
    expect(response.status).toBe(410);
  });

  it('an upload cut off midway leaves no file, no temp file and no row', async () => {
    const before = await h.storedFiles();
    const link = await h.run<{ requestUpload: { url: string } }>(UPLOAD, { variables: { input: { folderId: sectionId, name: 'Оборвалось.bin' } } });
    const url = new URL(`${h.origin}${link.data!.requestUpload.url}`);
    const req = request(url, { method: 'PUT', headers: { 'content-length': String(10 * 1024 * 1024) } });
    req.on('error', () => undefined);
    req.write(randomBytes(512 * 1024));
    // Hang up only once the server is writing (its temp file exists), then wait for its cleanup.
    await until(async () => (await h.storedFiles()).some((path) => path.endsWith('.part')));
    req.destroy();
    await until(async () => (await h.storedFiles()).length === before.length);
    expect(await h.storedFiles()).toEqual(before);
    const search = await h.run<{ searchDocuments: unknown[] }>('query { searchDocuments(query: "Оборвалось") { id } }', { identity: { ...seller, roles: ['ADMIN'] } });
    expect(search.data?.searchDocuments).toEqual([]);
  });
});
