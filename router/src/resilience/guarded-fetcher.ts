import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { CircuitBreaker } from './circuit-breaker';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * The request's deadline (epoch ms) travels from the router context to the fetcher in this header
 * (the gateway hands a data source's fetcher only method, headers and body); the fetcher removes it.
 */
export const DEADLINE_HEADER = 'x-crm-router-deadline';

/** Default overall deadline of one request, all its subgraph calls included (REQUEST_DEADLINE_MS). */
export const DEFAULT_REQUEST_DEADLINE_MS = 30_000;

export class SubgraphCallRefused extends Error {
  constructor(reason: 'circuit open' | 'deadline passed') {
    super(reason);
    this.name = 'SubgraphCallRefused';
  }
}

/**
 * A subgraph's calls through its circuit breaker and within the request's deadline: an open circuit or
 * a passed deadline fails at once (SERVICE_UNAVAILABLE for that subgraph, ADR 0026); a call still
 * running at the deadline is aborted. A deadline abort says nothing about the subgraph's health.
 */
export function guardedFetcher(fetcher: Fetcher, breaker: CircuitBreaker, now: () => number = Date.now): Fetcher {
  return (async (url: string, init?: Parameters<Fetcher>[1]) => {
    const { [DEADLINE_HEADER]: deadlineHeader, ...headers } = (init?.headers ?? {}) as Record<string, string>;
    const remaining = deadlineHeader ? Number(deadlineHeader) - now() : undefined;
    if (remaining !== undefined && remaining <= 0) throw new SubgraphCallRefused('deadline passed');
    if (!breaker.tryAcquire()) throw new SubgraphCallRefused('circuit open');
    const signal = remaining !== undefined ? AbortSignal.timeout(remaining) : undefined;
    try {
      const response = await fetcher(url, { ...init, headers, ...(signal ? { signal } : {}) } as never);
      if (response.status >= 500) breaker.failure();
      else breaker.success();
      return response;
    } catch (error) {
      if (signal?.aborted) breaker.abandon();
      else breaker.failure();
      throw error;
    }
  }) as unknown as Fetcher;
}
