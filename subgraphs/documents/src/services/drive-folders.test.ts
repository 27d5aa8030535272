import { randomUUID } from 'node:crypto';
import type { Identity } from '@crm/platform';
import { google } from 'googleapis';
import { createDriveStorage } from '../storage/drive-storage';
import { createDocumentsHarness, type DocumentsHarness } from '../testing/documents-harness';
import { startFakeDrive, type FakeDrive } from '../testing/fake-drive-server';

const org = randomUUID();
const sellerId = randomUUID();
const clientId = randomUUID();
const dealId = randomUUID();
const seller: Identity = { kind: 'user', userId: sellerId, orgId: org, roles: ['SELLER'] };
const dealState = { dealId, organizationId: org, clientId, ownerId: sellerId, participantIds: [], title: 'ОСАГО Смирнов', stage: 'NEW' as const, archived: false, reviewDate: null };
const client = { clientId, organizationId: org, ownerId: sellerId, kind: 'PERSON' as const, displayName: 'Смирнов Олег' };

/** Documents on Google Drive (the fake server): the folders a file needs are made on Drive, and follow CRM's renames. */
describe('Documents on Drive: folders made on first file, renamed with their deal and client', () => {
  let fake: FakeDrive;
  let h: DocumentsHarness;
  const driveFolder = (name: string) => [...fake.items.values()].find((item) => item.name === name && item.mimeType.endsWith('folder'));

  beforeAll(async () => {
    fake = await startFakeDrive();
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: 'test-token', expiry_date: Date.now() + 3_600_000 });
    h = await createDocumentsHarness({}, seller, createDriveStorage({ driveId: fake.driveId, rootUrl: fake.url, auth }));
    await h.deliver('crm.client.created', client);
    await h.deliver('crm.deal.created', dealState);
  });
  afterAll(async () => {
    await h?.close();
    await fake?.close();
  });

  it('a file put into a section creates root → client → deal → section on Drive; new titles rename the Drive folders', async () => {
    const folders = await h.run<{ deal: { documentsFolder: { folders: { id: string; section: string }[] } } }>(
      'query($id: ID!) { _entities(representations: [{ __typename: "Deal", id: $id }]) { ... on Deal { documentsFolder { folders { id section } } } } }',
      { variables: { id: dealId } },
    );
    const sections = (folders.data as unknown as { _entities: { documentsFolder: { folders: { id: string; section: string }[] } }[] })._entities[0]!.documentsFolder.folders;
    const link = await h.run<{ requestUpload: { url: string } }>('mutation($input: RequestUploadInput!) { requestUpload(input: $input) { url } }', {
      variables: { input: { folderId: sections.find((s) => s.section === 'CLIENT_DOCUMENTS')!.id, name: 'Права.pdf' } },
    });
    expect((await fetch(`${h.origin}${link.data!.requestUpload.url}`, { method: 'PUT', body: Buffer.from('%PDF-1.4 права') })).status).toBe(201);
    const dealOnDrive = driveFolder('ОСАГО Смирнов');
    const clientOnDrive = driveFolder('Смирнов Олег');
    expect(dealOnDrive?.parents).toEqual([clientOnDrive?.id]);

    await h.deliver('crm.deal.updated', { ...dealState, title: 'ОСАГО Смирнов 2027', changedFields: ['title'] });
    await h.deliver('crm.client.updated', { clientId, organizationId: org, ownerId: sellerId, displayName: 'Смирнов Олег Петрович', changedFields: ['displayName'] });
    expect(fake.items.get(dealOnDrive!.id)?.name).toBe('ОСАГО Смирнов 2027');
    expect(fake.items.get(clientOnDrive!.id)?.name).toBe('Смирнов Олег Петрович');
    // A redelivered old event renames nothing back.
    await h.deliver('crm.deal.created', dealState, { time: new Date(Date.now() - 60_000) });
    expect(fake.items.get(dealOnDrive!.id)?.name).toBe('ОСАГО Смирнов 2027');
  });
});
