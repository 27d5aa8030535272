import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { createDatabase, type DatabaseHandle } from '@crm/platform';
import { backup } from './backup';
import { rows } from './catalog';
import { parseBackupArgs, targetFromEnv } from './cli';
import { restore } from './restore';

// The formats and edge cases on a small schema of its own (the drill, tests/e2e/backup-drill, runs the real one):
// exact decimals, jsonb, bytea, identity and generated columns, a self reference, partitions, sequences.
const ORG = '11111111-1111-4111-8111-111111111111';
const FILE_REF = '22222222-2222-4222-8222-222222222222';
const DDL = [
  'CREATE SCHEMA probe',
  `CREATE TABLE probe.ledger (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     organization_id uuid NOT NULL,
     amount numeric NOT NULL,
     currency text NOT NULL,
     doubled numeric GENERATED ALWAYS AS (amount * 2) STORED,
     reverses integer REFERENCES probe.ledger(id),
     details jsonb,
     blob bytea
   )`,
  `CREATE TABLE probe.events (at timestamptz NOT NULL, organization_id uuid NOT NULL, n bigserial) PARTITION BY RANGE (at)`,
  `CREATE TABLE probe.events_2031 PARTITION OF probe.events FOR VALUES FROM ('2031-01-01') TO ('2032-01-01')`,
];

describe('backup and restore', () => {
  let work: string;
  let source: DatabaseHandle;
  const storage = () => join(work, 'storage');

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'crm-backup-test-'));
    source = await createDatabase({ kind: 'pglite' });
    for (const statement of DDL) await source.db.execute(sql.raw(statement));
    await source.db.execute(sql`INSERT INTO probe.ledger (organization_id, amount, currency, details, blob) VALUES
      (${ORG}, '12345678901234567890.123456789', 'RUB', '{"b": 1, "a": [1, 2.50]}', '\\x00ff'), (${ORG}, '0.1', 'EUR', null, null)`);
    await source.db.execute(sql`INSERT INTO probe.ledger (organization_id, amount, currency, reverses) VALUES (${ORG}, '-0.1', 'EUR', 2)`);
    await source.db.execute(sql`INSERT INTO probe.events (at, organization_id) VALUES ('2031-05-01', ${ORG}), ('2031-06-01', ${ORG})`);
    await mkdir(join(storage(), 'objects', '22'), { recursive: true });
    await writeFile(join(storage(), 'objects', '22', FILE_REF), 'bytes of a document');
  });
  afterAll(async () => {
    await source.close();
    await rm(work, { recursive: true, force: true });
  });

  it('restores exactly what it backed up, and the manifest describes it', async () => {
    const progress: string[] = [];
    const manifest = await backup({ database: source, storageDir: storage(), outDir: join(work, 'one'), progress: (line) => progress.push(line) });
    expect(manifest.facts.rowCounts).toEqual({ 'probe.events': 2, 'probe.ledger': 3 });
    expect(manifest.facts.moneySums).toEqual({
      'probe.ledger.amount': { [ORG]: { EUR: '0.0', RUB: '12345678901234567890.123456789' } },
      'probe.ledger.doubled': { [ORG]: { EUR: '0.0', RUB: '24691357802469135780.246913578' } },
    });
    expect(manifest.partitions).toEqual([{ schema: 'probe', name: 'events_2031', parent: 'events', bound: "FOR VALUES FROM ('2031-01-01 00:00:00+00') TO ('2032-01-01 00:00:00+00')" }]);
    expect(manifest.documents.local).toEqual([{ path: `objects/22/${FILE_REF}`, size: 19, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(progress).toContain('probe.ledger: 3 rows');

    const target = await createDatabase({ kind: 'pglite' });
    try {
      // What migrations would build (this schema has none); the partition comes from the manifest.
      for (const statement of DDL.slice(0, 3)) await target.db.execute(sql.raw(statement));
      const result = await restore({ database: target, storageDir: join(work, 'restored'), fromDir: join(work, 'one') });
      expect(result.facts).toEqual(manifest.facts);
      const read = (db: DatabaseHandle) => rows(db.db, sql`SELECT id, amount::text, details::text, encode(blob, 'hex') AS blob, reverses FROM probe.ledger ORDER BY id`);
      expect(await read(target)).toEqual(await read(source));
      await target.db.execute(sql`INSERT INTO probe.ledger (organization_id, amount, currency) VALUES (${ORG}, '1', 'RUB')`);
      expect(await rows(target.db, sql`SELECT max(id) AS id FROM probe.ledger`)).toEqual([{ id: 4 }]);
      expect(await readFile(join(work, 'restored', 'objects', '22', FILE_REF), 'utf8')).toBe('bytes of a document');

      await expect(restore({ database: target, storageDir: join(work, 'restored'), fromDir: join(work, 'one') })).rejects.toThrow(/target is not empty \(tables with rows: probe.events, probe.ledger; 1 stored files\)/);
    } finally {
      await target.close();
    }
  });

  it('refuses a damaged backup before touching the target', async () => {
    await backup({ database: source, storageDir: storage(), outDir: join(work, 'two') });
    await appendFile(join(work, 'two', 'files', 'objects', '22', FILE_REF), '!');
    const target = await createDatabase({ kind: 'pglite' });
    try {
      await expect(restore({ database: target, fromDir: join(work, 'two') })).rejects.toThrow(`files/objects/22/${FILE_REF} does not match its checksum`);
      expect(await rows(target.db, sql`SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'probe'`)).toEqual([{ n: 0 }]);
    } finally {
      await target.close();
    }
  });

  it('refuses to write a backup into a folder that holds something', async () => {
    await expect(backup({ database: source, outDir: join(work, 'one') })).rejects.toThrow(/is not empty/);
  });

  it('reads its commands and the target from the environment', () => {
    expect(parseBackupArgs('backup', [], new Date('2026-12-02T20:00:00.000Z')).kind).toBe('backup');
    expect(parseBackupArgs('backup', ['--out', '/b/x'])).toEqual({ kind: 'backup', outDir: '/b/x' });
    expect(parseBackupArgs('restore', ['/b/x', '--force'])).toEqual({ kind: 'restore', fromDir: '/b/x', force: true });
    expect(() => parseBackupArgs('restore', [])).toThrow(/Usage/);
    expect(targetFromEnv({ DATABASE_URL: 'postgres://h/db' }).database).toMatchObject({ kind: 'pg', url: 'postgres://h/db' });
    expect(targetFromEnv({ DATA_DIR: '/d' })).toEqual({ database: { kind: 'pglite', dataDir: '/d/pglite' }, storageDir: '/d/documents' });
  });
});
