import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { backup, listTables, readDatabaseFacts, restore, type BackupManifest } from '@crm/backup';
import { createDatabase } from '@crm/platform';
import { createTestDatabase, testMode, type TestDatabase } from '@crm/platform/testing';
import { createLocalStorage } from '@crm/subgraph-documents';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

// The backup drill (issue 18): the core scenario through the router, `backup`, `restore` into a fresh
// database and storage, then the restored system must hold the same rows, money, files and an intact
// audit trail. Runs in both modes: PGlite (the target on a data folder on disk) and PostgreSQL.

const CREATE_DEAL = 'mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }';
const CREATE_POLICY = 'mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } } }';
const SCHEDULE = 'query($id: ID!) { deal(id: $id) { policies { schedule { instalments { id version dueDate amount { amount } } } } moneySummary { premiumPaid { amount } } } }';
const PAY = 'mutation($input: RecordInstalmentPaymentInput!) { recordInstalmentPayment(input: $input) { instalment { status } } }';
const DEAL_FOLDER = 'query($id: ID!) { deal(id: $id) { documentsFolder { id folders { id section } } documents { id sha256 } } }';
const REQUEST_UPLOAD = 'mutation($input: RequestUploadInput!) { requestUpload(input: $input) { url } }';
const REQUEST_DOWNLOAD = 'mutation($input: RequestDownloadInput!) { requestDownload(input: $input) { url } }';
const VERIFY = 'query($from: DateTime!, $to: DateTime!) { verifyAuditIntegrity(from: $from, to: $to) { intact checkedEntries } }';
const ALL_TIME = { from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' };

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(size)]);

interface Schedule {
  deal: { policies: { schedule: { instalments: { id: string; version: number; dueDate: string; amount: { amount: string } }[] } | null }[]; moneySummary: { premiumPaid: { amount: string } } };
}

async function call<T>(system: TestSystem, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const result = await system.graphql<T>(query, variables, token);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** A restore target: a new PostgreSQL database, or PGlite on a data folder of its own (as `pnpm restore` opens it). */
async function freshTarget(): Promise<TestDatabase> {
  if (testMode() === 'distributed') return createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-restore-pglite-'));
  const handle = await createDatabase({ kind: 'pglite', dataDir });
  return {
    handle,
    async drop() {
      await handle.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

describe('backup drill: core scenario, backup, restore into a fresh database and storage', () => {
  let source: TestSystem;
  let restored: TestSystem | undefined;
  let work: string;
  let manifest: BackupManifest;
  let dealId: string;
  let admin: string;
  let documentId: string;
  const bytes = pdf(64 * 1024);

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'crm-backup-drill-'));
    source = await startTestSystem({ documentsStorage: createLocalStorage(join(work, 'source-documents')) });
    admin = await source.login('admin@demo.local');
  });
  afterAll(async () => {
    await restored?.stop();
    await source?.stop();
    await rm(work, { recursive: true, force: true });
  });

  it('runs the core scenario: a deal with a new client, its policy with instalments, a payment, a document', async () => {
    const seller = await source.login('seller@demo.local');
    dealId = (await call<{ createDeal: { deal: { id: string } } }>(source, CREATE_DEAL, { input: { title: 'КАСКО Петров', newClient: { kind: 'PERSON', firstName: 'Пётр', lastName: 'Петров', phones: ['+7 916 000-11-22'] } } }, seller)).createDeal.deal.id;
    const { insurers } = await call<{ insurers: { id: string; products: { id: string }[] }[] }>(source, '{ insurers { id products { id } } }', {}, seller);
    const insurer = insurers.find((candidate) => candidate.products.length > 0)!;
    await call(source, CREATE_POLICY, {
      input: {
        dealId,
        number: 'DRILL-1',
        insurerId: insurer.id,
        productId: insurer.products[0]!.id,
        startDate: '2031-01-01',
        endDate: '2031-12-31',
        premium: { amount: '120000.33', currency: 'RUB' },
        instalments: [
          { dueDate: '2031-01-15', amount: { amount: '60000.11', currency: 'RUB' } },
          { dueDate: '2031-07-15', amount: { amount: '60000.22', currency: 'RUB' } },
        ],
        commissionRate: '0.15',
      },
    }, seller);
    const instalments = await eventually(async () => {
      const found = (await call<Schedule>(source, SCHEDULE, { id: dealId }, seller)).deal.policies[0]?.schedule?.instalments;
      if (!found?.length) throw new Error('no schedule yet');
      return found;
    });
    const first = instalments[0]!;
    await call(source, PAY, { input: { instalmentId: first.id, version: first.version, amount: first.amount.amount, paidOn: first.dueDate, method: 'BANK_TRANSFER' } }, seller);

    const folder = await eventually(async () => {
      const found = (await call<{ deal: { documentsFolder: { folders: { id: string; section: string }[] } | null } }>(source, DEAL_FOLDER, { id: dealId }, seller)).deal.documentsFolder;
      if (!found?.folders.length) throw new Error('no deal folder yet');
      return found;
    });
    const { url } = (await call<{ requestUpload: { url: string } }>(source, REQUEST_UPLOAD, { input: { folderId: folder.folders[0]!.id, name: 'Полис.pdf' } }, seller)).requestUpload;
    expect((await fetch(`${source.url.replace(/\/graphql$/, '')}${url}`, { method: 'PUT', body: bytes })).ok).toBe(true);
    documentId = (await call<{ deal: { documents: { id: string; sha256: string }[] } }>(source, DEAL_FOLDER, { id: dealId }, seller)).deal.documents[0]!.id;
  });

  it('backs up once the events have settled: the manifest has counts, money per organisation and the file', async () => {
    await settled(source);
    const before = await call<{ verifyAuditIntegrity: { intact: boolean; checkedEntries: number } }>(source, VERIFY, ALL_TIME, admin);
    expect(before.verifyAuditIntegrity.intact).toBe(true);
    const lines: string[] = [];
    manifest = await backup({ database: source.database, storageDir: join(work, 'source-documents'), outDir: join(work, 'backup'), progress: (line) => lines.push(line) });

    expect(lines.at(-1)).toMatch(/^backup written to .*: \d+ tables, \d+ rows, 1 local files, 0 Drive files$/);
    expect(manifest.facts.rowCounts['crm.deals']).toBe(1);
    expect(manifest.facts.rowCounts['audit.entries']).toBeGreaterThanOrEqual(before.verifyAuditIntegrity.checkedEntries);
    expect(Object.keys(manifest.facts.migrationHeads).sort()).toEqual(expect.arrayContaining(['audit', 'auth', 'crm', 'documents', 'notifications', 'payments', 'tasks']));
    const paid = manifest.facts.moneySums['payments.ledger_entries.amount'];
    expect(Object.values(paid ?? {})).toEqual([{ RUB: '60000.11' }]);
    expect(manifest.documents.local).toEqual([expect.objectContaining({ sha256: sha256(bytes), size: bytes.length })]);
    expect(manifest.documents.problems).toEqual([]);
  });

  it('restores into a fresh database and storage: rows, money, migration heads and file hashes equal the backup', async () => {
    const target = await freshTarget();
    const storageDir = join(work, 'restored-documents');
    try {
      const result = await restore({ database: target.handle, storageDir, fromDir: join(work, 'backup') });
      expect(result.facts).toEqual(manifest.facts);
      expect(await readDatabaseFacts(target.handle.db, await listTables(target.handle.db))).toEqual(manifest.facts);
      const file = manifest.documents.local[0]!;
      expect(sha256(await readFile(join(storageDir, file.path)))).toBe(file.sha256);
    } catch (error) {
      await target.drop();
      throw error;
    }
    restored = await startTestSystem({ database: target, documentsStorage: createLocalStorage(storageDir) });
  });

  it('refuses to restore over data without --force', async () => {
    await expect(restore({ database: restored!.database, fromDir: join(work, 'backup') })).rejects.toThrow(/target is not empty/);
  });

  it('a router on the restored data signs people in, serves the money and the file, and finds the audit trail intact', async () => {
    const system = restored!;
    const seller = await system.login('seller@demo.local');
    const deal = await call<Schedule>(system, SCHEDULE, { id: dealId }, seller);
    expect(deal.deal.moneySummary.premiumPaid.amount).toBe('60000.11');
    const { url } = (await call<{ requestDownload: { url: string } }>(system, REQUEST_DOWNLOAD, { input: { documentId } }, seller)).requestDownload;
    const downloaded = Buffer.from(await (await fetch(`${system.url.replace(/\/graphql$/, '')}${url}`)).arrayBuffer());
    expect(sha256(downloaded)).toBe(sha256(bytes));

    const verified = await call<{ verifyAuditIntegrity: { intact: boolean; checkedEntries: number } }>(system, VERIFY, ALL_TIME, await system.login('admin@demo.local'));
    expect(verified.verifyAuditIntegrity.intact).toBe(true);
    expect(verified.verifyAuditIntegrity.checkedEntries).toBeGreaterThan(0);
  });
});

/** No event left in any outbox or in-process delivery queue, and the audit trail stopped growing. */
async function settled(system: TestSystem): Promise<void> {
  const { db } = system.database;
  const pending = async () => {
    let count = 0;
    for (const table of await listTables(db)) {
      if (table.name === 'outbox') count += Number(((await db.execute(sql.raw(`SELECT count(*) AS n FROM "${table.schema}".outbox WHERE published_at IS NULL`))) as unknown as { rows: { n: string }[] }).rows[0]!.n);
      if (table.schema === 'bus' && table.name === 'deliveries') count += Number(((await db.execute(sql.raw('SELECT count(*) AS n FROM bus.deliveries'))) as unknown as { rows: { n: string }[] }).rows[0]!.n);
    }
    const audit = Number(((await db.execute(sql.raw('SELECT count(*) AS n FROM audit.entries'))) as unknown as { rows: { n: string }[] }).rows[0]!.n);
    return { count, audit };
  };
  await eventually(async () => {
    const first = await pending();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const second = await pending();
    expect(first.count).toBe(0);
    expect(second).toEqual(first);
  }, 30_000);
}
