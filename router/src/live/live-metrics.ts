import { Counter, Gauge, type Registry } from 'prom-client';
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

/** `live_websocket_connections` and `live_subscriptions`: this instance's open sockets and active subscriptions, read at scrape. */
export function liveGauges(registry: Registry, read: () => { connections: number; subscriptions: number } | undefined): void {
  new Gauge({
    name: 'live_websocket_connections',
    help: 'Open graphql-ws connections on this router instance',
    registers: [registry],
    collect() {
      this.set(read()?.connections ?? 0);
    },
  });
  new Gauge({
    name: 'live_subscriptions',
    help: 'Active subscriptions on this router instance',
    registers: [registry],
    collect() {
      this.set(read()?.subscriptions ?? 0);
    },
  });
}
