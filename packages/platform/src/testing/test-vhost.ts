import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { TEST_AMQP_URL } from './test-mode';

const run = promisify(execFile);

export interface TestVhost {
  /** TEST_AMQP_URL pointed at the fresh virtual host. */
  url: string;
  drop(): Promise<void>;
}

/**
 * A RabbitMQ virtual host of its own for one test file: subgraph queues have fixed names
 * (`crm.deal-participants`), so test files running in parallel must not share a namespace.
 */
export async function createTestVhost(): Promise<TestVhost> {
  const vhost = `crm-test-${randomBytes(5).toString('hex')}`;
  await run('rabbitmqctl', ['add_vhost', vhost]);
  const user = decodeURIComponent(new URL(TEST_AMQP_URL).username || 'guest');
  await run('rabbitmqctl', ['set_permissions', '-p', vhost, user, '.*', '.*', '.*']);
  const url = new URL(TEST_AMQP_URL);
  url.pathname = `/${encodeURIComponent(vhost)}`;
  return { url: url.toString(), drop: async () => void (await run('rabbitmqctl', ['delete_vhost', vhost])) };
}
