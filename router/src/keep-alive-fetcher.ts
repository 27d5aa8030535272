import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, fetch } from 'undici';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * One pooled, keep-alive HTTP client for every subgraph call: a query plan's fetches reuse warm
 * connections instead of paying a TCP handshake each.
 */
/** A subgraph that sends nothing for this long is given up on: one slow subgraph cannot hold router connections without bound. */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;

export function createKeepAliveFetcher(options: { connections?: number; timeoutMs?: number } = {}): { fetcher: Fetcher; close(): Promise<void> } {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  const agent = new Agent({
    connections: options.connections ?? 128,
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 60_000,
    pipelining: 1,
    connectTimeout: timeoutMs,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const fetcher = ((url: string, init?: Parameters<Fetcher>[1]) =>
    fetch(url, { ...(init as object), dispatcher: agent } as never)) as unknown as Fetcher;
  return { fetcher, close: () => agent.close() };
}
