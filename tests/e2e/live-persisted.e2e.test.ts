import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { eventually } from './support/eventually';
import { liveClient, type LiveClient } from './support/live-client';
import { DEMO_PASSWORD, startTestSystem, type TestSystem } from './support/test-system';

// ADR 0032: over WebSocket, `subscribe` follows the HTTP rules: ids from the manifests, and with
// PERSISTED_OPERATIONS=required no document of the client's own.

const webOperations = (JSON.parse(readFileSync(resolve(__dirname, '../../schema/operations/web-client.json'), 'utf8')) as { operations: { id: string; name: string }[] }).operations;
const byHash = (name: string) => ({ persistedQuery: { version: 1, sha256Hash: webOperations.find((o) => o.name === name)!.id } });

/** The web app's sign-in (`/auth/login`): with ids required, a login document of the test's own would be refused. */
async function webLogin(system: TestSystem, email: string): Promise<string> {
  const response = await fetch(`${system.webUrl}auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
  const body = (await response.json()) as { data?: { accessToken: string } };
  if (!body.data) throw new Error(`login failed for ${email}: ${JSON.stringify(body)}`);
  return body.data.accessToken;
}

describe('persisted operations on live subscriptions', () => {
  let system: TestSystem;
  let live: LiveClient;
  let adminLive: LiveClient;
  let admin: string;

  beforeAll(async () => {
    system = await startTestSystem({ persistedOperations: 'required' });
    admin = await webLogin(system, 'admin@demo.local');
    live = liveClient(system.url, await webLogin(system, 'seller@demo.local'));
    adminLive = liveClient(system.url, admin);
  });
  afterAll(async () => {
    await live?.dispose();
    await adminLive?.dispose();
    await system?.stop();
  });

  it('runs a subscription named by its persisted id and delivers its events', async () => {
    const subscription = adminLive.subscribe<{ myDealsChanged: { kind: string } }>('', {}, byHash('DealsListLive'));
    // Until the subscription is in place a new deal goes unheard: create another until one is heard.
    await eventually(async () => {
      const created = await system.graphql('mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }', {
        input: { title: 'Живая сделка', newClient: { kind: 'PERSON', firstName: 'Лев', lastName: 'Живой' } },
      }, admin);
      expect(created.errors).toBeUndefined();
      expect(subscription.results.length).toBeGreaterThan(0);
    });
    subscription.dispose();
  });

  it('refuses a document without an id, and an unknown id', async () => {
    const raw = await live.subscribe('subscription { myDealsChanged { kind } }').ended;
    expect(JSON.stringify(raw)).toContain('PERSISTED_QUERY_NOT_IN_LIST');
    const unknown = await live.subscribe('', {}, { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } }).ended;
    expect(JSON.stringify(unknown)).toContain('PERSISTED_QUERY_NOT_FOUND');
  });
});
