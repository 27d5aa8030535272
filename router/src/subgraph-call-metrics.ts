import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Counter, Histogram, type Registry } from 'prom-client';
import { SubgraphCallRefused } from './resilience/guarded-fetcher';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * `router_subgraph_call_duration_seconds{subgraph,outcome}` and `router_subgraph_call_errors_total{subgraph,reason}`
 * (ADR 0057): every call the gateway makes to a subgraph. Subgraph names come from the composed
 * supergraph and reasons from a fixed list, so the label set stays closed.
 */
export function subgraphCallMetrics(registry: Registry): (subgraph: string, fetcher: Fetcher) => Fetcher {
  const duration = new Histogram({
    name: 'router_subgraph_call_duration_seconds',
    help: 'Router to subgraph calls: duration by subgraph and outcome (ok, error)',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'router_subgraph_call_errors_total',
    help: 'Failed router to subgraph calls by subgraph and reason (http_5xx, refused, network)',
    labelNames: ['subgraph', 'reason'],
    registers: [registry],
  });
  return (subgraph, fetcher) =>
    (async (url: string, init?: Parameters<Fetcher>[1]) => {
      const end = duration.startTimer({ subgraph });
      try {
        const response = await fetcher(url, init as never);
        const failed = response.status >= 500;
        if (failed) errors.inc({ subgraph, reason: 'http_5xx' });
        end({ outcome: failed ? 'error' : 'ok' });
        return response;
      } catch (error) {
        errors.inc({ subgraph, reason: error instanceof SubgraphCallRefused ? 'refused' : 'network' });
        end({ outcome: 'error' });
        throw error;
      }
    }) as Fetcher;
}
