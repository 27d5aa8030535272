import { createHash, randomBytes } from 'node:crypto';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

// The core scenario's folder steps (SPEC 2, 4, 7) through the router with real bytes: the seller fills
// the deal's folder, the executor opens it once a task reaches them, nobody else sees it.

const CREATE_DEAL = `mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id client { id } } } }`;
const DEAL_FOLDER = `query($id: ID!) { folder(id: $id) { id name kind folders { id name section } documents { id name version } } }`;
const DEAL_DOCUMENTS = `query($id: ID!) { deal(id: $id) { documentsFolder { id folders { id section } } documents { id name version size contentType sha256 } } }`;
const REQUEST_UPLOAD = `mutation($input: RequestUploadInput!) { requestUpload(input: $input) { url expiresAt maxBytes name } }`;
const REQUEST_DOWNLOAD = `mutation($input: RequestDownloadInput!) { requestDownload(input: $input) { url } }`;
const DOCUMENT = `query($id: ID!) { document(id: $id) { id name version deletedAt versions { version originalName size sha256 available } } }`;

const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(size)]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface DealDocuments {
  documentsFolder: { id: string; folders: { id: string; section: string }[] };
  documents: { id: string; name: string; version: number; size: number; contentType: string; sha256: string }[];
}

describe('documents: a deal folder through the router', () => {
  let system: TestSystem;
  let origin: string;
  let seller: string;
  let executor: string;
  let dealId: string;
  let clientDocumentsFolderId: string;
  let documentId: string;
  const firstBytes = pdf(300 * 1024);
  const secondBytes = pdf(120 * 1024);

  const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string) => system.graphql<T>(query, variables, token);
  const call = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const result = await gql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const dealDocuments = async (token: string) => (await call<{ deal: DealDocuments }>(DEAL_DOCUMENTS, { id: dealId }, token)).deal;
  const upload = async (token: string, name: string, bytes: Buffer, size?: number) => {
    const link = (await call<{ requestUpload: { url: string; name: string } }>(REQUEST_UPLOAD, { input: { folderId: clientDocumentsFolderId, name, ...(size ? { size } : {}) } }, token)).requestUpload;
    return { link, response: await fetch(`${origin}${link.url}`, { method: 'PUT', body: bytes, headers: { 'content-type': 'text/plain' } }) };
  };
  const downloadUrl = async (token: string, version?: number) =>
    `${origin}${(await call<{ requestDownload: { url: string } }>(REQUEST_DOWNLOAD, { input: { documentId, ...(version ? { version } : {}) } }, token)).requestDownload.url}`;

  beforeAll(async () => {
    system = await startTestSystem();
    origin = system.url.replace(/\/graphql$/, '');
    seller = await system.login('seller@demo.local');
    executor = await system.login('executor@demo.local');
    const created = await call<{ createDeal: { deal: { id: string } } }>(
      CREATE_DEAL,
      { input: { title: 'КАСКО Петров', newClient: { kind: 'PERSON', firstName: 'Иван', lastName: 'Петров', phones: ['+7 903 111-22-33'], emails: [] } } },
      seller,
    );
    dealId = created.createDeal.deal.id;
  });
  afterAll(() => system?.stop());

  it('step 2: CRM events make the deal folder with its sections; the seller uploads, the type is sniffed and the name sanitised', async () => {
    const folder = await eventually(async () => {
      const found = await dealDocuments(seller);
      expect(found.documentsFolder.folders.map((f) => f.section).sort()).toEqual(['CALCULATIONS', 'CLIENT_DOCUMENTS', 'PAYMENTS', 'POLICY']);
      return found.documentsFolder;
    });
    clientDocumentsFolderId = folder.folders.find((f) => f.section === 'CLIENT_DOCUMENTS')!.id;
    const listed = await call<{ folder: { name: string; kind: string; folders: { name: string }[] } }>(DEAL_FOLDER, { id: folder.id }, seller);
    expect(listed.folder).toMatchObject({ name: 'КАСКО Петров', kind: 'DEAL' });
    expect(listed.folder.folders.map((f) => f.name)).toEqual(['Документы клиента', 'Платежи', 'Полис', 'Расчёты']);

    const { link, response } = await upload(seller, '../Паспорт\u0007 клиента.pdf', firstBytes);
    expect(link.name).toBe('_Паспорт клиента.pdf');
    expect(response.status).toBe(201);
    const body = (await response.json()) as { document: { id: string; contentType: string; sha256: string; size: number } };
    documentId = body.document.id;
    expect(body.document).toMatchObject({ contentType: 'application/pdf', sha256: sha256(firstBytes), size: firstBytes.length });
    expect((await dealDocuments(seller)).documents).toEqual([
      { id: documentId, name: '_Паспорт клиента.pdf', version: 1, size: firstBytes.length, contentType: 'application/pdf', sha256: sha256(firstBytes) },
    ]);

    const again = await fetch(`${origin}${link.url}`, { method: 'PUT', body: Buffer.from('again') });
    expect(again.status).toBe(410);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('LINK_GONE');
  });

  it('downloads byte-identical with the original name, once per link, and by range', async () => {
    const url = await downloadUrl(seller);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('_Паспорт клиента.pdf')}`);
    expect(Buffer.from(await response.arrayBuffer()).equals(firstBytes)).toBe(true);
    expect((await fetch(url)).status).toBe(410);

    const ranged = await fetch(await downloadUrl(seller), { headers: { range: 'bytes=100-1123' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(`bytes 100-1123/${firstBytes.length}`);
    expect(Buffer.from(await ranged.arrayBuffer()).equals(firstBytes.subarray(100, 1124))).toBe(true);
  });

  it('a re-upload of the name is version 2; version 1 stays downloadable', async () => {
    const { response } = await upload(seller, '_Паспорт клиента.pdf', secondBytes);
    expect(response.status).toBe(201);
    const document = (await call<{ document: { version: number; versions: { version: number; sha256: string; available: boolean }[] } }>(DOCUMENT, { id: documentId }, seller)).document;
    expect(document.version).toBe(2);
    expect(document.versions.map((v) => [v.version, v.sha256, v.available])).toEqual([
      [2, sha256(secondBytes), true],
      [1, sha256(firstBytes), true],
    ]);
    expect(Buffer.from(await (await fetch(await downloadUrl(seller, 1))).arrayBuffer()).equals(firstBytes)).toBe(true);
    expect(Buffer.from(await (await fetch(await downloadUrl(seller))).arrayBuffer()).equals(secondBytes)).toBe(true);
  });

  it('over the size the link was issued for: 413 with a JSON error, nothing stored', async () => {
    const { response } = await upload(seller, 'Слишком большой.pdf', pdf(4000), 1000);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await dealDocuments(seller)).documents.map((d) => d.name)).toEqual(['_Паспорт клиента.pdf']);
  });

  it('step 4: the executor sees nothing until a task on the deal reaches them, then opens the folder', async () => {
    const refused = await gql(REQUEST_UPLOAD, { input: { folderId: clientDocumentsFolderId, name: 'x.pdf' } }, executor);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const folder = await gql(DEAL_FOLDER, { id: clientDocumentsFolderId }, executor);
    expect(folder.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql(REQUEST_DOWNLOAD, { input: { documentId } }, executor)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const executorId = (await call<{ me: { id: string } }>('{ me { id } }', {}, executor)).me.id;
    await call(
      'mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }',
      { input: { kind: 'CALCULATION', title: 'Рассчитать КАСКО', dealId, assigneeId: executorId } },
      seller,
    );
    const opened = await eventually(() => call<{ folder: { documents: { name: string }[] } }>(DEAL_FOLDER, { id: clientDocumentsFolderId }, executor));
    expect(opened.folder.documents.map((d) => d.name)).toEqual(['_Паспорт клиента.pdf']);
    expect(Buffer.from(await (await fetch(await downloadUrl(executor))).arrayBuffer()).equals(secondBytes)).toBe(true);
  });

  it('another organisation gets NOT_FOUND for the folder and the document, and finds nothing by name', async () => {
    const signUp = await call<{ signUp: { accessToken: string } }>(
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { input: { organizationName: 'Чужой брокер', email: 'owner@other-documents.example', password: 'other-pass-123', displayName: 'Other' } },
    );
    const stranger = signUp.signUp.accessToken;
    expect((await gql(DEAL_FOLDER, { id: clientDocumentsFolderId }, stranger)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql(DOCUMENT, { id: documentId }, stranger)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql(REQUEST_DOWNLOAD, { input: { documentId } }, stranger)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await call<{ searchDocuments: unknown[] }>('query { searchDocuments(query: "Паспорт") { id } }', {}, stranger)).searchDocuments).toEqual([]);
    expect((await call<{ searchDocuments: { id: string }[] }>('query { searchDocuments(query: "паспорт") { id } }', {}, seller)).searchDocuments).toEqual([{ id: documentId }]);
  });

  it('delete: out of the folder at once, restorable until the retention ends', async () => {
    const deleted = await call<{ deleteDocument: { document: { deletedAt: string | null } } }>(
      'mutation($input: DocumentInput!) { deleteDocument(input: $input) { document { deletedAt purgeAfter } } }',
      { input: { documentId } },
      seller,
    );
    expect(deleted.deleteDocument.document.deletedAt).not.toBeNull();
    expect((await dealDocuments(seller)).documents).toEqual([]);
    expect((await gql(REQUEST_DOWNLOAD, { input: { documentId } }, seller)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await call('mutation($input: DocumentInput!) { restoreDocument(input: $input) { document { id } } }', { input: { documentId } }, seller);
    expect((await dealDocuments(seller)).documents.map((d) => d.id)).toEqual([documentId]);
  });
});
