import type { QueryClient } from '@tanstack/react-query';
import { createClient, type Client } from 'graphql-ws';
import { currentAccessToken, onSessionChange } from './session';

/**
 * Live updates over graphql-ws on `/graphql`. The router's subscriptions (issue 12) are not built yet:
 * when the socket does not open, the app degrades to polling the screens that should be live
 * (`livePollInterval`), and switches to pushed updates as soon as a connection succeeds.
 */
let client: Client | null = null;
let connected = false;
const POLL_MS = 4_000;

export function startLiveUpdates(queryClient: QueryClient): void {
  onSessionChange((signedIn) => {
    if (!signedIn) {
      void client?.dispose();
      client = null;
      connected = false;
      return;
    }
    if (client) return;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    client = createClient({
      url,
      lazy: false,
      retryAttempts: 2,
      shouldRetry: () => true,
      connectionParams: async () => ({ authorization: `Bearer ${await currentAccessToken()}` }),
      on: {
        connected: () => {
          connected = true;
          void queryClient.invalidateQueries();
        },
        closed: () => {
          connected = false;
        },
      },
    });
  });
}

/** How often a live screen re-reads its data: never while pushed updates flow, every few seconds otherwise. */
export function livePollInterval(): number | false {
  return connected ? false : POLL_MS;
}

/** Subscribes to a live operation; each event invalidates the given query keys. Returns the unsubscribe. */
export function subscribeLive(query: string, variables: Record<string, unknown>, queryClient: QueryClient, keys: unknown[][]): () => void {
  if (!client) return () => undefined;
  return client.subscribe(
    { query, variables },
    {
      next: () => keys.forEach((queryKey) => void queryClient.invalidateQueries({ queryKey })),
      error: () => undefined,
      complete: () => undefined,
    },
  );
}
