import { Counter, type Registry } from 'prom-client';
import type { LiveHubCounters } from './live-hub';

/** `live_subscription_events_total{counter}`: events seen, queries executed, events coalesced, results delivered. */
export function liveMetrics(registry: Registry): (counter: keyof LiveHubCounters) => void {
  const counter = new Counter({
    name: 'live_subscription_events_total',
    help: 'Live subscriptions: bus events seen, derived queries executed, events coalesced away, results delivered',
    labelNames: ['counter'],
    registers: [registry],
  });
  return (name) => counter.inc({ counter: name });
}
