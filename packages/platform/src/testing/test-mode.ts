export type TestMode = 'embedded' | 'distributed';

/** `TEST_MODE=distributed` runs the same tests against real PostgreSQL and RabbitMQ. */
export function testMode(): TestMode {
  return process.env.TEST_MODE === 'distributed' ? 'distributed' : 'embedded';
}

export const TEST_AMQP_URL = process.env.TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
