import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createAuditHarness, refusalOf, type AuditHarness } from '../testing/audit-harness';

/**
 * Real PostgreSQL: the application's role gets SELECT and INSERT on the trail (docs/operations.md), and
 * the migration revoked UPDATE, DELETE and TRUNCATE, on the table and on each month's partition.
 */
describe('the application role on audit.entries', () => {
  let h: AuditHarness;
  const role = `audit_app_${randomUUID().slice(0, 8)}`;
  const asApp = (statement: string) =>
    h.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`SET LOCAL ROLE ${role}`));
      await tx.execute(sql.raw(statement));
    });

  beforeAll(async () => {
    h = await createAuditHarness();
    const organizationId = randomUUID();
    await h.deliver('crm.client.created', { clientId: randomUUID(), organizationId, ownerId: randomUUID(), kind: 'PERSON', displayName: 'A' });
    await h.db.execute(sql.raw(`CREATE ROLE ${role} NOLOGIN NOSUPERUSER`));
    await h.db.execute(sql.raw(`GRANT USAGE ON SCHEMA audit TO ${role}`));
    await h.db.execute(sql.raw(`GRANT SELECT, INSERT ON audit.entries TO ${role}`));
  });

  afterAll(async () => {
    await h.db.execute(sql.raw(`DROP OWNED BY ${role}`));
    await h.db.execute(sql.raw(`DROP ROLE ${role}`));
    await h.close();
  });

  it('may read but not UPDATE or DELETE, through the table or a partition', async () => {
    expect(await refusalOf(asApp(`SELECT count(*) FROM audit.entries`))).toBe('not refused');
    expect(await refusalOf(asApp(`UPDATE audit.entries SET outcome = 'changed'`))).toMatch(/permission denied/);
    expect(await refusalOf(asApp(`DELETE FROM audit.entries`))).toMatch(/permission denied/);
    const [partition] = ((await h.db.execute(sql`SELECT tableoid::regclass::text AS name FROM audit.entries LIMIT 1`)) as unknown as { rows: { name: string }[] }).rows;
    expect(await refusalOf(asApp(`UPDATE ${partition!.name} SET outcome = 'changed'`))).toMatch(/permission denied/);
  });
});
