import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export interface ServiceMetrics {
  registry: Registry;
  /** Times every HTTP request by method, route and status. */
  httpMiddleware: RequestHandler;
  /** Counts and times GraphQL operations, by name and outcome. */
  graphqlPlugin: ApolloServerPlugin;
}

export interface MetricsLabelling {
  /** Operation names worth a series of their own (from the persisted-operation manifests); any other is `unknown`. */
  knownOperations?: ReadonlySet<string>;
  /** Paths served by a mounted handler rather than a route (e.g. `/graphql`); any other unrouted path is `unmatched`. */
  mounts?: readonly string[];
}

const METHODS = new Set(['GET', 'POST', 'OPTIONS', 'HEAD', 'PUT', 'PATCH', 'DELETE']);

/**
 * A registry per service (several share one process in embedded mode), labelled with the service name.
 * Every label comes from a closed set (ADR 0022): anonymous requests choose paths and operation names,
 * and a label value per choice would grow the registry without bound.
 */
export function createServiceMetrics(service: string, labelling: MetricsLabelling = {}): ServiceMetrics {
  const knownOperations = labelling.knownOperations ?? new Set<string>();
  const mounts = new Set(labelling.mounts ?? ['/graphql']);
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });

  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const operations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by name, type and outcome',
    labelNames: ['operation', 'type', 'outcome'],
    registers: [registry],
  });
  const operationDuration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operation duration',
    labelNames: ['operation', 'type'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  const httpMiddleware: RequestHandler = (req, res, next) => {
    const end = httpDuration.startTimer();
    const path = req.path;
    res.on('finish', () =>
      end({
        method: METHODS.has(req.method) ? req.method : 'OTHER',
        route: typeof req.route?.path === 'string' ? req.route.path : mounts.has(path) ? path : 'unmatched',
        status: String(res.statusCode),
      }),
    );
    next();
  };

  const graphqlPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          const labels = { operation: operationName && knownOperations.has(operationName) ? operationName : 'unknown', type: operation?.operation ?? 'unknown' };
          operations.inc({ ...labels, outcome: errors?.length ? 'error' : 'ok' });
          operationDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };

  return { registry, httpMiddleware, graphqlPlugin };
}
