import { randomUUID } from 'node:crypto';
import type { Identity } from '@crm/platform';
import { sql } from 'drizzle-orm';
import { createAuditHarness, refusalOf, type AuditHarness } from '../testing/audit-harness';

const organizationId = randomUUID();
const admin: Identity = { kind: 'user', userId: randomUUID(), orgId: organizationId, roles: ['ADMIN'] };
const VERIFY = `query Verify($from: DateTime!, $to: DateTime!) { verifyAuditIntegrity(from: $from, to: $to) { intact checkedEntries problems { kind sequence entryId } } }`;
const RANGE = { from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' };

type Report = { verifyAuditIntegrity: { intact: boolean; checkedEntries: number; problems: { kind: string; sequence: number }[] } };

describe('append-only, tamper-evident storage', () => {
  let h: AuditHarness;
  const verify = async () => (await h.run<Report>(VERIFY, { identity: admin, variables: RANGE })).data!.verifyAuditIntegrity;
  /** What an operator with the database's superuser could do behind the application's back: row triggers off. */
  const behindTheAppsBack = (statement: string) =>
    h.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tx.execute(sql.raw(statement));
    });

  beforeAll(async () => {
    h = await createAuditHarness();
    for (let i = 0; i < 5; i++) {
      await h.deliver('crm.journal.entry_added', { entryId: randomUUID(), dealId: randomUUID(), organizationId, authorId: admin.kind === 'user' ? admin.userId : null, kind: 'NOTE', text: `note ${i}` });
    }
  });

  afterAll(() => h.close());

  it('refuses UPDATE and DELETE whoever connects (trigger)', async () => {
    expect(await refusalOf(h.db.execute(sql`UPDATE audit.entries SET outcome = 'changed'`))).toMatch(/append-only/);
    expect(await refusalOf(h.db.execute(sql`DELETE FROM audit.entries`))).toMatch(/append-only/);
    expect(await h.written()).toHaveLength(5);
  });

  it('reports the chain intact, then the row altered behind the app’s back, then the row removed', async () => {
    expect(await verify()).toEqual({ intact: true, checkedEntries: 5, problems: [] });

    await behindTheAppsBack(`UPDATE audit.entries SET outcome = 'FORBIDDEN' WHERE organization_id = '${organizationId}' AND sequence = 2`);
    expect(await verify()).toMatchObject({ intact: false, problems: [{ kind: 'ALTERED', sequence: 2 }] });

    await behindTheAppsBack(`DELETE FROM audit.entries WHERE organization_id = '${organizationId}' AND sequence = 4`);
    const report = await verify();
    expect(report.intact).toBe(false);
    expect(report.problems).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'MISSING', sequence: 5 })]));
  });
});

describe('monthly partitions', () => {
  let h: AuditHarness;
  const partitions = async () =>
    ((await h.db.execute(sql`SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit.entries'::regclass ORDER BY 1`)) as unknown as { rows: { name: string }[] }).rows.map(
      (row) => row.name,
    );

  beforeAll(async () => {
    h = await createAuditHarness({ clock: () => new Date('2031-05-15T10:00:00Z') });
  });

  afterAll(() => h.close());

  it('are made by the migration for this month and the next three', async () => {
    const month = (offset: number) => {
      const now = new Date();
      const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
      return `entries_${at.toISOString().slice(0, 7).replace('-', '_')}`;
    };
    expect(await partitions()).toEqual(expect.arrayContaining([month(0), month(1), month(2), month(3)]));
  });

  it('take an entry of a month nobody prepared (created on the first write), and the job makes the months ahead', async () => {
    await h.deliver('crm.client.created', { clientId: randomUUID(), organizationId, ownerId: randomUUID(), kind: 'PERSON', displayName: 'A' });
    const placed = (await h.db.execute(sql`SELECT tableoid::regclass::text AS name FROM audit.entries`)) as unknown as { rows: { name: string }[] };
    expect(placed.rows.map((row) => row.name)).toEqual(['audit.entries_2031_05']);
    await h.module.services.partitions.ensureAhead(h.db, new Date('2031-05-15T10:00:00Z'));
    expect(await partitions()).toEqual(expect.arrayContaining(['entries_2031_05', 'entries_2031_06', 'entries_2031_07', 'entries_2031_08']));
  });
});
