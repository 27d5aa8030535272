import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveSubscription<T> {
  /** Every `next` received so far, in order. */
  results: FormattedExecutionResult<T, unknown>[];
  /** Settles when the server completes the subscription, or errors it (a refused subscribe). */
  ended: Promise<{ completed: true } | { error: unknown }>;
  dispose(): void;
}

export interface LiveClient {
  /** `extensions` carries a persisted id (`persistedQuery.sha256Hash`), with `query` then `''`. */
  subscribe<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, extensions?: Record<string, unknown>): LiveSubscription<T>;
  /** The close code once the socket is closed (e.g. 4403 when the token is voided). */
  closed: Promise<number>;
  dispose(): Promise<void>;
}

/** graphql-ws options for the router's `/graphql`: the access token in `connection_init`, connect at once, never retry. */
export function liveClientOptions(graphqlUrl: string, token: string) {
  return { url: graphqlUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false };
}

/** A graphql-ws client on the router's `/graphql`, the access token in `connection_init`; never retries. */
export function liveClient(graphqlUrl: string, token: string): LiveClient {
  let onClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const client: Client = createClient({ ...liveClientOptions(graphqlUrl, token), on: { closed: (event) => onClosed((event as { code: number }).code) } });
  return {
    closed,
    subscribe<T>(query: string, variables: Record<string, unknown> = {}, extensions?: Record<string, unknown>) {
      const results: FormattedExecutionResult<T, unknown>[] = [];
      let dispose: () => void = () => undefined;
      const ended = new Promise<{ completed: true } | { error: unknown }>((resolve) => {
        dispose = client.subscribe<T>(
          { query, variables, ...(extensions ? { extensions } : {}) },
          { next: (result) => void results.push(result), complete: () => resolve({ completed: true }), error: (error) => resolve({ error }) },
        );
      });
      return { results, ended, dispose: () => dispose() };
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}
