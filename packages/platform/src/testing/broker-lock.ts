import { Client } from 'pg';
import { TEST_ADMIN_DATABASE_URL } from './test-database';

/**
 * Jest runs test files in parallel workers; a file that stops RabbitMQ takes this lock exclusively,
 * files that need a steady broker take it shared. A PostgreSQL advisory lock works across workers,
 * and it is released when the holding connection ends, even if the worker dies.
 */
export async function lockBroker(mode: 'shared' | 'exclusive'): Promise<() => Promise<void>> {
  const client = new Client({ connectionString: TEST_ADMIN_DATABASE_URL, application_name: 'crm-test-broker-lock' });
  await client.connect();
  const fn = mode === 'shared' ? 'pg_advisory_lock_shared' : 'pg_advisory_lock';
  await client.query(`SELECT ${fn}(hashtext('crm-test:rabbitmq'))`);
  return () => client.end();
}
