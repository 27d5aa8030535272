import { Client } from 'pg';
import { TEST_ADMIN_DATABASE_URL } from './test-database';

/** How long a file waits for the lock by default: under jest's default hook timeout (150 s, jest.config.js). */
const DEFAULT_WAIT_MS = 140_000;

/**
 * Jest runs test files in parallel workers; a file that stops RabbitMQ takes this lock exclusively,
 * files that need a steady broker take it shared. A PostgreSQL advisory lock works across workers,
 * and it is released when the holding connection ends, even if the worker dies.
 *
 * The wait is bounded by `waitMs` (PostgreSQL's `lock_timeout`), which a caller keeps under its
 * hook's timeout: jest does not cancel a timed-out `beforeAll`, so an unbounded wait would take the
 * lock after its file had given up and hold it, unreleased, until the worker exits.
 */
export async function lockBroker(mode: 'shared' | 'exclusive', waitMs = DEFAULT_WAIT_MS): Promise<() => Promise<void>> {
  const client = new Client({ connectionString: TEST_ADMIN_DATABASE_URL, application_name: 'crm-test-broker-lock' });
  await client.connect();
  const fn = mode === 'shared' ? 'pg_advisory_lock_shared' : 'pg_advisory_lock';
  try {
    await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(waitMs))}`);
    await client.query(`SELECT ${fn}(hashtext('crm-test:rabbitmq'))`);
  } catch (error) {
    await client.end();
    throw new Error(`the RabbitMQ test lock (${mode}) was not free within ${waitMs} ms: another test file holds it`, { cause: error });
  }
  return () => client.end();
}
