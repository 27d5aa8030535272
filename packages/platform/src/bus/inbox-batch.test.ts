import { randomUUID } from 'node:crypto';
import { createEnvelope, type EventEnvelope } from '@crm/contracts';
import { sql } from 'drizzle-orm';
import { countRows, createBusTestEndpoint } from '../testing/bus-test-kit';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { handleBatchOnce } from './inbox';
import type { BusEndpoint } from './types';

const event = (id = randomUUID()): EventEnvelope => ({ ...createEnvelope({ source: '/test', type: 'crm.thing.happened', version: 1, orgId: randomUUID(), data: {} }), id });

describe('handleBatchOnce', () => {
  let database: TestDatabase;
  let endpoint: BusEndpoint;
  const effects = () => countRows(database.handle.db, sql`SELECT 1 FROM batch_inbox.effects`);

  beforeAll(async () => {
    database = await createTestDatabase();
    endpoint = await createBusTestEndpoint(database.handle, 'batch_inbox');
    await database.handle.db.execute(sql`CREATE TABLE batch_inbox.effects (event_id text NOT NULL)`);
  });
  afterAll(() => database.drop());

  const consumer = (fail = false) => ({
    name: 'test.batch',
    batch: {
      async handle(events: readonly EventEnvelope[], tx: Parameters<Parameters<BusEndpoint['db']['transaction']>[0]>[0]) {
        for (const e of events) await tx.execute(sql`INSERT INTO batch_inbox.effects (event_id) VALUES (${e.id})`);
        if (fail) throw new Error('handler failed');
      },
    },
  });

  it('hands only events not seen before to the handler, once each, and counts the rest as duplicates', async () => {
    const [a, b] = [event(), event()];
    const first = await handleBatchOnce(endpoint.db, endpoint.tables, consumer(), [a, b, { ...a }]);
    expect(first.processed.map((e) => e.id)).toEqual([a.id, b.id]);
    expect(first.duplicates.map((e) => e.id)).toEqual([a.id]);
    const c = event();
    const again = await handleBatchOnce(endpoint.db, endpoint.tables, consumer(), [b, c]);
    expect(again.processed.map((e) => e.id)).toEqual([c.id]);
    expect(again.duplicates.map((e) => e.id)).toEqual([b.id]);
    expect(await effects()).toBe(3);
  });

  it('keeps neither inbox rows nor effects of a batch whose handler throws, so a redelivery handles it all', async () => {
    const before = await effects();
    const batch = [event(), event()];
    await expect(handleBatchOnce(endpoint.db, endpoint.tables, consumer(true), batch)).rejects.toThrow('handler failed');
    expect(await effects()).toBe(before);
    const retried = await handleBatchOnce(endpoint.db, endpoint.tables, consumer(), batch);
    expect(retried.processed).toHaveLength(2);
    expect(await effects()).toBe(before + 2);
  });
});
