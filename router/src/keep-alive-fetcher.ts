import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { STATUS_CODES } from 'node:http';
import { Agent, type Dispatcher } from 'undici';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/** A subgraph that sends nothing for this long is given up on: one slow subgraph cannot hold router connections without bound. */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;

interface SubgraphCallInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/**
 * The little of a WHATWG `Response` the gateway reads (status, `Content-Type`, `Cache-Control`, the
 * body once as JSON or text), over undici's raw answer: no `Request`/`Response`/`Headers` objects
 * and no web streams per call, which is where undici's `fetch` spent its time (ADR 0061).
 */
class SubgraphResponse {
  readonly ok: boolean;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null };

  constructor(
    readonly url: string,
    readonly status: number,
    rawHeaders: Dispatcher.ResponseData['headers'],
    private readonly body: Dispatcher.ResponseData['body'],
  ) {
    this.ok = status >= 200 && status < 300;
    this.statusText = STATUS_CODES[status] ?? '';
    this.headers = {
      get: (name) => {
        const value = rawHeaders[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    };
  }

  text(): Promise<string> {
    return this.body.text();
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.body.text()) as unknown;
  }
}

/**
 * One pooled, keep-alive HTTP client for every subgraph call, through undici's `request` (not
 * `fetch`): a query plan's fetches reuse warm connections, and each answer's body is read once.
 */
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
  const origins = new Map<string, { origin: string; path: string }>();
  const target = (url: string) => {
    let known = origins.get(url);
    if (!known) {
      const parsed = new URL(url);
      known = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      origins.set(url, known);
    }
    return known;
  };
  const fetcher = (async (url: string, init: SubgraphCallInit = {}) => {
    const { origin, path } = target(url);
    const answer = await agent.request({
      origin,
      path,
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: init.headers,
      body: init.body,
      signal: init.signal,
    });
    return new SubgraphResponse(url, answer.statusCode, answer.headers, answer.body);
  }) as unknown as Fetcher;
  return { fetcher, close: () => agent.close() };
}
