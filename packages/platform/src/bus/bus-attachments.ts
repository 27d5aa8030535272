import type { BusEndpoint, ConsumerDefinition, EventBus } from './types';

export interface AttachedConsumer {
  endpoint: BusEndpoint;
  consumer: ConsumerDefinition;
}

/** What both transports collect before `start()`: the outboxes to relay and the consumers to feed. */
export function createBusAttachments(isStarted: () => boolean) {
  const outboxes: BusEndpoint[] = [];
  const consumers: AttachedConsumer[] = [];
  const assertNotStarted = () => {
    if (isStarted()) throw new Error('Attach outboxes and consumers before the bus starts');
  };
  const attachOutbox: EventBus['attachOutbox'] = (endpoint) => {
    assertNotStarted();
    outboxes.push(endpoint);
  };
  const attachConsumer: EventBus['attachConsumer'] = (endpoint, consumer) => {
    assertNotStarted();
    if (consumers.some((c) => c.consumer.name === consumer.name)) throw new Error(`Consumer ${consumer.name} is attached twice`);
    consumers.push({ endpoint, consumer });
  };
  return { outboxes, consumers, attachOutbox, attachConsumer };
}
