import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { TypedDocumentString } from '../__generated__/graphql';
import { createClient, type Client } from 'graphql-ws';
import { documentId } from './execute';
import { currentAccessToken, onSessionChange } from './session';

/**
 * Live updates over graphql-ws on `/graphql` (issue 12): screens register their live subscription
 * (`useLiveInvalidation`) and refetch on each event. When the socket does not open, the app degrades
 * to polling the screens that should be live (`livePollInterval`), and switches back to pushed updates
 * as soon as a connection succeeds.
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
          registrations.forEach(attach);
          void queryClient.invalidateQueries();
        },
        closed: () => {
          connected = false;
          registrations.forEach((registration) => (registration.unsubscribe = undefined));
        },
      },
    });
  });
}

/** How often a live screen re-reads its data: never while pushed updates flow, every few seconds otherwise. */
export function livePollInterval(): number | false {
  return connected ? false : POLL_MS;
}

/** A slower fallback for screens that only need eventual freshness (the bell): polls every `ms` while the socket is down, never while it is up. */
export function liveFallbackInterval(ms: number): () => number | false {
  return () => (connected ? false : ms);
}

interface Registration {
  /** The operation's persisted id (`sha256:<hex>`): the router runs subscriptions by id, like requests (ADR 0032). */
  documentId: string;
  variables: Record<string, unknown>;
  onEvent(): void;
  unsubscribe?: () => void;
}
/** Live operations of the screens on display; (re)attached whenever a socket opens. */
const registrations = new Set<Registration>();

function attach(registration: Registration): void {
  if (!client || registration.unsubscribe) return;
  registration.unsubscribe = client.subscribe(
    // graphql-ws requires a `query` string; the router takes the text from its manifest by the APQ hash.
    { query: '', variables: registration.variables, extensions: { persistedQuery: { version: 1, sha256Hash: registration.documentId.replace(/^sha256:/, '') } } },
    {
      next: () => registration.onEvent(),
      // Refused or ended (access lost): the screen keeps what it has; its queries report the refusal.
      error: () => (registration.unsubscribe = undefined),
      complete: () => (registration.unsubscribe = undefined),
    },
  );
}

/** Subscribes to a live operation while signed in; each event invalidates the given query keys. Returns the unsubscribe. */
export function subscribeLive(id: string, variables: Record<string, unknown>, queryClient: QueryClient, keys: unknown[][]): () => void {
  const registration: Registration = { documentId: id, variables, onEvent: () => keys.forEach((queryKey) => void queryClient.invalidateQueries({ queryKey })) };
  registrations.add(registration);
  attach(registration);
  return () => {
    registrations.delete(registration);
    registration.unsubscribe?.();
  };
}

/** A screen's live subscription (issue 12): the router pushes an event, the screen's queries under `keys` refetch. */
export function useLiveInvalidation<T, V extends Record<string, unknown>>(document: TypedDocumentString<T, V>, variables: V, keys: unknown[][]): void {
  const queryClient = useQueryClient();
  const signature = JSON.stringify([documentId(document as { __meta__?: Record<string, unknown> }), variables, keys]);
  useEffect(() => {
    const [id, vars, queryKeys] = JSON.parse(signature) as [string, Record<string, unknown>, unknown[][]];
    return subscribeLive(id, vars, queryClient, queryKeys);
  }, [signature, queryClient]);
}
