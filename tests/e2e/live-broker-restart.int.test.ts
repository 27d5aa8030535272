import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { eventually } from './support/eventually';
import { liveClient, type LiveClient } from './support/live-client';
import { startTestSystem, type TestSystem } from './support/test-system';

const run = promisify(execFile);
const rabbitmqctl = (...args: string[]) => run('rabbitmqctl', args, { timeout: 120_000 });

const CARD = 'subscription($id: ID!) { dealChanged(id: $id) { eventId deal { id version title } } }';
const CREATE_DEAL = 'mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id version } } }';
const UPDATE_DEAL = 'mutation($input: UpdateDealInput!) { updateDeal(input: $input) { deal { id version } } }';

interface Card {
  dealChanged: { eventId: string; deal: { id: string; version: number; title: string } };
}

jest.setTimeout(300_000);

// Issue 12: the router's own broadcast queue (exclusive, auto-delete) is gone after a broker restart;
// it is declared again, and subscribers connected throughout keep receiving, nothing twice.
describe('live updates across a RabbitMQ restart', () => {
  let system: TestSystem;
  let client: LiveClient | undefined;

  beforeAll(async () => {
    system = await startTestSystem({ brokerLock: 'exclusive', brokerLockWaitMs: 290_000 });
  });
  afterAll(async () => {
    // Whatever happened above, the shared broker must be left running.
    await rabbitmqctl('start_app').catch(() => undefined);
    await rabbitmqctl('await_startup').catch(() => undefined);
    await client?.dispose();
    await system?.stop();
  });

  it('a subscriber connected while RabbitMQ restarts keeps receiving, with no event or version delivered twice', async () => {
    const seller = await system.login('seller@demo.local');
    const call = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const result = await system.graphql<T>(query, variables, seller);
      if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data;
    };
    let deal = (await call<{ createDeal: { deal: { id: string; version: number } } }>(CREATE_DEAL, { input: { title: 'Рестарт 0', newClient: { kind: 'PERSON', firstName: 'Ива', lastName: 'Рестарт' } } })).createDeal.deal;
    const rename = async (title: string) => {
      deal = (await call<{ updateDeal: { deal: { id: string; version: number } } }>(UPDATE_DEAL, { input: { id: deal.id, version: deal.version, title } })).updateDeal.deal;
    };
    client = liveClient(system.url, seller);
    const live = client.subscribe<Card>(CARD, { id: deal.id });
    const titles = () => live.results.map((r) => r.data?.dealChanged.deal.title);
    const renamedAndDelivered = (prefix: string) => {
      let n = 0;
      return eventually(async () => {
        const title = `${prefix} ${(n += 1)}`;
        await rename(title);
        await eventually(async () => expect(titles()).toContain(title), 3_000);
      }, 90_000);
    };

    await renamedAndDelivered('до');
    await rabbitmqctl('stop_app');
    // Committed while the broker is down: the outbox holds it until RabbitMQ is back.
    await rename('пока лежит');
    await rabbitmqctl('start_app');
    await rabbitmqctl('await_startup');
    await renamedAndDelivered('после');

    expect(live.results.every((r) => r.errors === undefined)).toBe(true);
    const delivered = live.results.map((r) => r.data!.dealChanged);
    expect(new Set(delivered.map((d) => d.eventId)).size).toBe(delivered.length);
    expect(new Set(delivered.map((d) => d.deal.version)).size).toBe(delivered.length);
    const versions = delivered.map((d) => d.deal.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });
});
