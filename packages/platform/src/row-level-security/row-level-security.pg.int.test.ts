import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { pgSchema, text, uuid } from 'drizzle-orm/pg-core';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../testing';
import { runAsOrganization, runAsSystem } from './organization-scope';
import { applyOrganizationPolicies, tablesWithoutOrganizationPolicy } from './policies';

const sales = pgSchema('rls_sales');
const deals = sales.table('deals', { id: uuid('id').primaryKey(), organizationId: uuid('organization_id').notNull(), title: text('title').notNull() });
const orgA = randomUUID();
const orgB = randomUUID();

describe('row-level security (distributed mode, ADR 0067)', () => {
  let database: TestDatabase;
  let appRole: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    appRole = database.handle.appRole as string;
    const { db } = database.handle;
    await db.execute(sql`CREATE SCHEMA rls_sales`);
    await db.execute(sql`CREATE TABLE rls_sales.deals (id uuid PRIMARY KEY, organization_id uuid NOT NULL, title text NOT NULL)`);
    await db.execute(sql`CREATE TABLE rls_sales.outbox (seq bigserial PRIMARY KEY, org_id text NOT NULL, type text NOT NULL)`);
    await db.execute(sql`CREATE TABLE rls_sales.currencies (code text PRIMARY KEY)`);
    await applyOrganizationPolicies(db, ['rls_sales'], appRole);
    await db.insert(deals).values([
      { id: randomUUID(), organizationId: orgA, title: 'A1' },
      { id: randomUUID(), organizationId: orgA, title: 'A2' },
      { id: randomUUID(), organizationId: orgB, title: 'B1' },
    ]);
    await db.execute(sql`INSERT INTO rls_sales.outbox (org_id, type) VALUES (${orgA}, 'a'), (${orgB}, 'b')`);
  });
  afterAll(() => database.drop());

  /** A connection of the application role itself, as a process would have it. */
  async function asAppRole<T>(fn: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: database.appUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  it('runs requests as a role that is neither owner nor superuser nor BYPASSRLS', async () => {
    const { db } = database.handle;
    const role = (await db.execute(sql`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = ${appRole}`)) as unknown as { rows: { rolsuper: boolean; rolbypassrls: boolean }[] };
    expect(role.rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
    const owner = (await db.execute(sql`SELECT tableowner FROM pg_tables WHERE schemaname = 'rls_sales' AND tablename = 'deals'`)) as unknown as { rows: { tableowner: string }[] };
    expect(owner.rows[0]?.tableowner).not.toBe(appRole);
    const session = await runAsOrganization(orgA, async () => await db.execute(sql`SELECT current_user AS user`));
    expect((session as unknown as { rows: { user: string }[] }).rows[0]?.user).toBe(appRole);
  });

  it('gives a query that forgets its organisation filter only the organisation of the request', async () => {
    const { db } = database.handle;
    const rows = await runAsOrganization(orgA, async () => await db.select().from(deals));
    expect(rows.map((row) => row.title).sort()).toEqual(['A1', 'A2']);
    const inTransaction = await runAsOrganization(orgB, async () => await db.transaction((tx) => tx.select().from(deals)));
    expect(inTransaction.map((row) => row.title)).toEqual(['B1']);
    const outbox = await runAsOrganization(orgB, async () => await db.execute(sql`SELECT type FROM rls_sales.outbox`));
    expect((outbox as unknown as { rows: { type: string }[] }).rows).toEqual([{ type: 'b' }]);
  });

  it('shows the application role nothing when no organisation is set', async () => {
    const rows = await asAppRole((client) => client.query('SELECT * FROM rls_sales.deals'));
    expect(rows.rowCount).toBe(0);
  });

  it('refuses to write a row of another organisation, or to move a row there', async () => {
    const { db } = database.handle;
    await expect(runAsOrganization(orgA, async () => await db.insert(deals).values({ id: randomUUID(), organizationId: orgB, title: 'planted' }))).rejects.toThrow();
    await expect(runAsOrganization(orgA, async () => await db.update(deals).set({ organizationId: orgB }))).rejects.toThrow();
    const updatedElsewhere = await runAsOrganization(orgA, async () => await db.update(deals).set({ title: 'renamed' }).where(sql`organization_id = ${orgB}`).returning());
    expect(updatedElsewhere).toEqual([]);
  });

  it('does not let the application role switch the policies off', async () => {
    await asAppRole(async (client) => {
      await client.query('SET row_security = off');
      await expect(client.query('SELECT * FROM rls_sales.deals')).rejects.toThrow(/row-level security/);
    });
    await asAppRole(async (client) => {
      await expect(client.query('ALTER TABLE rls_sales.deals DISABLE ROW LEVEL SECURITY')).rejects.toThrow(/must be owner/);
      await expect(client.query('SET ROLE postgres')).rejects.toThrow(/permission denied/);
    });
  });

  it('lets system work (jobs, relays, consumers) span organisations as the owner', async () => {
    const { db } = database.handle;
    const rows = await runAsOrganization(orgA, async () => await runAsSystem(async () => await db.select().from(deals)));
    expect(rows).toHaveLength(3);
  });

  it('finds a table with an organisation column and no policy, and covers it on the next start', async () => {
    const { db } = database.handle;
    expect(await tablesWithoutOrganizationPolicy(db, ['rls_sales'])).toEqual([]);
    await db.execute(sql`CREATE TABLE rls_sales.notes (id uuid PRIMARY KEY, organization_id uuid NOT NULL)`);
    expect(await tablesWithoutOrganizationPolicy(db, ['rls_sales'])).toEqual(['rls_sales.notes']);
    await applyOrganizationPolicies(db, ['rls_sales'], appRole);
    expect(await tablesWithoutOrganizationPolicy(db, ['rls_sales'])).toEqual([]);
  });
});
