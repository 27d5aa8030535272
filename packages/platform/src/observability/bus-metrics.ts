import type { EventEnvelope } from '@crm/contracts';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { BusObserver } from '../bus/types';

const EVENT_TYPE = /^[a-z]+(\.[a-z_]+)+$/;

/**
 * The bus's work as metrics (ADR 0057): events relayed per source and type, deliveries per consumer
 * and outcome, and consumer lag — how long after the event happened its consumer handled it. Sources,
 * consumers and event types are named in code, so every label comes from a closed set.
 */
export function busMetrics(registry: Registry): BusObserver {
  const relayed = new Counter({
    name: 'bus_events_relayed_total',
    help: 'Outbox events handed to the bus, by source subgraph and event type',
    labelNames: ['source', 'type'],
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'bus_deliveries_total',
    help: 'Event deliveries by consumer and outcome (processed, duplicate, retried, dead_lettered)',
    labelNames: ['consumer', 'outcome'],
    registers: [registry],
  });
  const lag = new Histogram({
    name: 'bus_consumer_lag_seconds',
    help: 'From the event (its time) to its consumer having processed it',
    labelNames: ['consumer'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600],
    registers: [registry],
  });
  return {
    relayed(source, envelopes) {
      for (const envelope of envelopes) relayed.inc({ source, type: EVENT_TYPE.test(envelope.type) ? envelope.type : 'invalid' });
    },
    handled(consumer, envelope, outcome) {
      deliveries.inc({ consumer, outcome });
      if (outcome === 'processed') lag.observe({ consumer }, secondsSince(envelope));
    },
  };
}

function secondsSince(envelope: EventEnvelope): number {
  const time = Date.parse(envelope.time);
  return Number.isNaN(time) ? 0 : Math.max(0, (Date.now() - time) / 1000);
}

/** Several observers as one (e.g. bus metrics and business counters). */
export function combineObservers(...observers: BusObserver[]): BusObserver {
  return {
    relayed: (source, envelopes) => observers.forEach((observer) => observer.relayed?.(source, envelopes)),
    handled: (consumer, envelope, outcome) => observers.forEach((observer) => observer.handled?.(consumer, envelope, outcome)),
  };
}
