import { randomUUID } from 'node:crypto';
import { createEnvelope } from '@crm/contracts';
import { sql } from 'drizzle-orm';
import { countRows, createBusTestEndpoint } from '../testing/bus-test-kit';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { parseDeadLettersArgs, runDeadLettersCommand } from './dead-letters.cli';
import { writeDeadLetter } from './dead-letters';
import { inProcessRedelivery } from './in-process-redelivery';
import { ensureInProcessBusSchema } from './in-process-schema';
import type { BusEndpoint } from './types';

describe('dead-letters CLI', () => {
  it('parses list and replay commands', () => {
    expect(parseDeadLettersArgs(['list', 'crm'])).toEqual({ kind: 'list', schema: 'crm', consumer: undefined, includeReplayed: false, limit: 100 });
    expect(parseDeadLettersArgs(['list', 'crm', 'crm.audit', '--replayed', '--limit', '5'])).toMatchObject({ consumer: 'crm.audit', includeReplayed: true, limit: 5 });
    expect(parseDeadLettersArgs(['replay', 'crm', 'crm.audit', '--all'])).toEqual({ kind: 'replay', schema: 'crm', consumer: 'crm.audit' });
    expect(parseDeadLettersArgs(['replay', 'crm', 'crm.audit', 'abc'])).toEqual({ kind: 'replay', schema: 'crm', consumer: 'crm.audit', id: 'abc' });
  });

  it.each([[['replay', 'crm', 'crm.audit']], [['replay', 'crm', 'crm.audit', 'abc', '--all']], [['list']], [['list', 'bad-schema;']], [['purge', 'crm']]])(
    'refuses %j',
    (argv) => {
      expect(() => parseDeadLettersArgs(argv)).toThrow();
    },
  );

  describe('against a database', () => {
    let database: TestDatabase;
    let endpoint: BusEndpoint;
    const lines: string[] = [];
    const print = (line: string) => lines.push(line);

    beforeAll(async () => {
      database = await createTestDatabase();
      endpoint = await createBusTestEndpoint(database.handle, 'cli_test');
      await ensureInProcessBusSchema(database.handle.db);
      for (const consumer of ['cli.one', 'cli.one', 'cli.two']) {
        const envelope = createEnvelope({ source: '/test', type: 'auth.user.created', version: 1, orgId: randomUUID(), data: {} });
        await writeDeadLetter(endpoint.db, endpoint.tables, { consumer, envelope, error: 'Error: boom\n    at somewhere', attempts: 5 });
      }
    });
    afterAll(() => database?.drop());
    beforeEach(() => lines.splice(0));

    it('lists the pending dead letters of a consumer', async () => {
      await runDeadLettersCommand(parseDeadLettersArgs(['list', 'cli_test', 'cli.one']), { handle: database.handle, redelivery: inProcessRedelivery, print });
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/\tcli\.one\tauth\.user\.created\t.*\tattempts=5\t.*\tpending\tError: boom$/);
      expect(lines[2]).toBe('2 dead letter(s)');
    });

    it('replays every dead letter of one consumer into its in-process deliveries', async () => {
      await runDeadLettersCommand(parseDeadLettersArgs(['replay', 'cli_test', 'cli.one', '--all']), { handle: database.handle, redelivery: inProcessRedelivery, print });
      expect(lines).toEqual(['2 dead letter(s) replayed to cli.one']);
      expect(await countRows(database.handle.db, sql`SELECT 1 FROM bus.deliveries WHERE consumer = 'cli.one'`)).toBe(2);
      expect(await countRows(database.handle.db, sql`SELECT 1 FROM bus.deliveries WHERE consumer = 'cli.two'`)).toBe(0);
      expect(await countRows(database.handle.db, sql`SELECT 1 FROM cli_test.dead_letters WHERE replayed_at IS NULL`)).toBe(1);
    });
  });
});
