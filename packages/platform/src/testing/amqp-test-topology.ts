import { randomBytes } from 'node:crypto';
import { connect } from 'amqplib';
import { createAmqpBus, type AmqpBusOptions } from '../bus/amqp-bus';
import { retryQueueName } from '../bus/amqp-topology';
import type { RunningBus } from '../bus/types';
import { TEST_AMQP_URL } from './test-mode';

/**
 * RabbitMQ buses for one test run, each on its own exchange, with every exchange and queue they
 * declared deleted by `cleanup()` so runs leave nothing behind on the shared broker.
 */
export function createAmqpTestTopology() {
  const prefix = `test-${randomBytes(4).toString('hex')}`;
  const exchanges = new Set<string>();
  const queues = new Set<string>();

  return {
    prefix,
    createBus(options: Partial<AmqpBusOptions> = {}): RunningBus {
      const exchange = `${prefix}.events.${exchanges.size + 1}`;
      exchanges.add(exchange);
      const bus = createAmqpBus({ url: TEST_AMQP_URL, exchange, pollIntervalMs: 200, publishTimeoutMs: 2_000, ...options });
      const attach = bus.attachConsumer.bind(bus);
      bus.attachConsumer = (endpoint, consumer) => {
        queues.add(consumer.name).add(retryQueueName(consumer.name));
        attach(endpoint, consumer);
      };
      return bus;
    },
    async cleanup(): Promise<void> {
      const connection = await connectPatiently();
      try {
        const channel = await connection.createChannel();
        for (const queue of queues) await channel.deleteQueue(queue);
        for (const exchange of exchanges) await channel.deleteExchange(exchange);
        await channel.close();
      } finally {
        await connection.close();
      }
    },
  };
}

/** The broker-restart test may have RabbitMQ down for a few seconds while another file cleans up. */
async function connectPatiently(deadline = Date.now() + 60_000) {
  for (;;) {
    try {
      return await connect(TEST_AMQP_URL);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
