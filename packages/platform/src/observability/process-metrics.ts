import { collectDefaultMetrics, Registry } from 'prom-client';
import type { BusObserver } from '../bus/types';
import { busMetrics, combineObservers } from './bus-metrics';
import { businessMetrics } from './business-metrics';

export interface ProcessMetrics {
  /** The process's own series (bus, outbox, pool, business); the servers keep their HTTP/GraphQL ones. */
  registry: Registry;
  /** Give it to the bus factory: relayed events and delivery outcomes become metrics. */
  busObserver: BusObserver;
}

/** What a process running subgraphs measures beyond HTTP (ADR 0057), labelled with `service`. */
export function createProcessMetrics(service: string): ProcessMetrics {
  const registry = serviceRegistry(service, { processMetrics: false });
  return { registry, busObserver: combineObservers(busMetrics(registry), businessMetrics(registry)) };
}

/** A registry labelled `service`, with Node's process metrics (CPU, memory, event loop) when asked. */
export function serviceRegistry(service: string, options: { processMetrics: boolean }): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  return registry;
}
