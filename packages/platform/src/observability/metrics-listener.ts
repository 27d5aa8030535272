import { AggregatorRegistry, type Registry } from 'prom-client';
import { createHttpServer, listen, type HttpListener } from '../http/http-listener';
import type { Logger } from '../logger';

/**
 * Every registry of the process as one exposition: the embedded process holds the router's and each
 * subgraph's registries (told apart by their `service` label), a subgraph process its server's and
 * its bus's. Series with the same name and labels are summed, as prom-client does for a cluster.
 */
export async function combinedMetrics(registries: readonly Registry[]): Promise<string> {
  const all = await Promise.all(registries.map((registry) => registry.getMetricsAsJSON()));
  return AggregatorRegistry.aggregate(all).metrics();
}

/**
 * `/metrics` on a port of its own (METRICS_PORT, ADR 0057), so that Prometheus scrapes inside the
 * cluster and the public port never serves it. Nothing else is served there.
 */
export async function startMetricsListener(options: { port: number; host: string; registries: () => readonly Registry[]; logger: Logger }): Promise<HttpListener> {
  const server = createHttpServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    combinedMetrics(options.registries()).then(
      (text) => res.writeHead(200, { 'content-type': AggregatorRegistry.PROMETHEUS_CONTENT_TYPE }).end(text),
      (err: unknown) => {
        options.logger.error({ err }, 'metrics collection failed');
        res.writeHead(500).end();
      },
    );
  });
  const listener = await listen(server, options.port, options.host);
  options.logger.info({ url: `${listener.url}/metrics` }, 'metrics listening');
  return listener;
}
