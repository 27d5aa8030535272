import { runAsOrganization, tablesWithOrganization, tablesWithoutOrganizationPolicy, type Db } from '@crm/platform';
import { queryRows } from '@crm/platform/testing';
import { startTestSystem, type TestSystem } from './support/test-system';

const SCHEMAS = ['auth', 'crm', 'payments', 'tasks', 'notifications', 'documents', 'audit'];

/**
 * The whole system on PostgreSQL, with row-level security on as in production (ADR 0067): every table
 * with an organisation column is covered, requests run as the application role, and a query that
 * forgets its organisation filter finds only the caller's organisation.
 */
describe('row-level security across the subgraphs (distributed mode)', () => {
  let system: TestSystem;
  let db: Db;
  let demoOrgId: string;
  let otherOrgId: string;

  const rows = <T>(text: string) => queryRows<T>(db, text);

  beforeAll(async () => {
    system = await startTestSystem();
    db = system.database.db;
    const seller = await system.login('seller@demo.local');
    const created = await system.graphql(
      'mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }',
      { input: { title: 'КАСКО Иванов', insuranceType: 'KASKO', expectedPremium: { amount: '1000.00', currency: 'RUB' }, newClient: { kind: 'PERSON', firstName: 'Иван', lastName: 'Иванов', phones: ['+7 (903) 555-00-01'] } } },
      seller,
    );
    expect(created.errors).toBeUndefined();
    const signUp = await system.graphql(
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { input: { organizationName: 'Other Brokerage', email: 'owner@other.example', password: 'long-enough-pass', displayName: 'Other Owner' } },
    );
    expect(signUp.errors).toBeUndefined();
    const organizations = await rows<{ id: string; name: string }>('SELECT id, name FROM auth.organizations');
    otherOrgId = organizations.find((org) => org.name === 'Other Brokerage')!.id;
    demoOrgId = organizations.find((org) => org.id !== otherOrgId)!.id;
  });
  afterAll(() => system?.stop());

  it('covers every table with an organisation column by a policy', async () => {
    const tables = await tablesWithOrganization(db, SCHEMAS);
    expect(tables.map(({ schema, table }) => `${schema}.${table}`)).toEqual(expect.arrayContaining(['auth.users', 'crm.deals', 'crm.outbox']));
    expect(await tablesWithoutOrganizationPolicy(db, SCHEMAS)).toEqual([]);
  });

  it('runs requests as the application role, not the owner', async () => {
    const connections = await rows<{ usename: string }>('SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database()');
    expect(connections.map((row) => row.usename)).toContain(system.database.appRole);
  });

  it('gives a query with no organisation filter only the acting organisation’s rows', async () => {
    expect(await rows('SELECT id FROM crm.deals')).not.toEqual([]);
    const deals = await runAsOrganization(otherOrgId, async () => await rows('SELECT id FROM crm.deals'));
    expect(deals).toEqual([]);
    const users = await runAsOrganization(otherOrgId, async () => await rows<{ organization_id: string }>('SELECT organization_id FROM auth.users'));
    expect(new Set(users.map((user) => user.organization_id))).toEqual(new Set([otherOrgId]));
    const demoDeals = await runAsOrganization(demoOrgId, async () => await rows<{ organization_id: string }>('SELECT DISTINCT organization_id FROM crm.deals'));
    expect(demoDeals).toEqual([{ organization_id: demoOrgId }]);
  });
});
