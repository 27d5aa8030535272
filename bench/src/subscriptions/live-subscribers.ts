import { createClient, type Client } from 'graphql-ws';
import { liveClientOptions } from '../../../tests/e2e/support/live-client';
import type { CardPayload } from './deal-events';

/** A deal's card as the web app watches it: a few CRM fields and Payments' money summary (two subgraphs per event). */
export const DEAL_CARD_SUBSCRIPTION = `subscription BenchCard($id: ID!) {
  dealChanged(id: $id) {
    kind
    eventId
    deal { id title stage version expectedPremium { amount currency } moneySummary { premiumPlanned { amount } premiumPaid { amount } } }
  }
}`;

interface CardResult {
  dealChanged?: { eventId?: string; deal?: { title?: string } };
}

export interface Watch {
  /** Whose access token the connection carries. */
  token: string;
  dealId: string;
}

export interface SubscriberPool {
  /** Open sockets (each carrying `subscriptionsPerConnection` subscriptions). */
  connections: number;
  /** Subscriptions that ended with an error or were completed by the router. */
  ended(): number;
  close(): Promise<void>;
}

/**
 * Opens graphql-ws connections to the router, `subscriptionsPerConnection` card subscriptions each (the
 * watches in order: consecutive watches share a connection, so they must share a token), `batch`
 * connections at a time, each batch's subscriptions active before the next (`waitActive`). Every
 * payload is handed to `onPayload` (the deal's title, the event's id) with the time it arrived.
 */
export async function openSubscribers(
  graphqlUrl: string,
  watches: Watch[],
  options: { subscriptionsPerConnection: number; batch: number; waitActive(count: number): Promise<void>; onPayload(payload: CardPayload, at: number): void },
): Promise<SubscriberPool> {
  const clients: Client[] = [];
  let ended = 0;
  const connect = (token: string) =>
    new Promise<Client>((done, fail) => {
      const client: Client = createClient({
        ...liveClientOptions(graphqlUrl, token),
        on: { connected: () => done(client), closed: (event) => fail(new Error(`socket closed before connection_ack: ${(event as { code?: number }).code}`)) },
      });
      clients.push(client);
    });
  const groups: Watch[][] = [];
  for (let i = 0; i < watches.length; i += options.subscriptionsPerConnection) groups.push(watches.slice(i, i + options.subscriptionsPerConnection));
  let subscribed = 0;
  for (let i = 0; i < groups.length; i += options.batch) {
    await Promise.all(
      groups.slice(i, i + options.batch).map(async (group) => {
        const client = await connect(group[0]!.token);
        for (const watch of group) {
          client.subscribe<CardResult>(
            { query: DEAL_CARD_SUBSCRIPTION, variables: { id: watch.dealId } },
            {
              next: (result) => {
                const changed = result.data?.dealChanged;
                if (changed) options.onPayload({ title: changed.deal?.title, eventId: changed.eventId }, performance.now());
              },
              error: () => void (ended += 1),
              complete: () => void (ended += 1),
            },
          );
        }
        subscribed += group.length;
      }),
    );
    await options.waitActive(subscribed);
  }
  return {
    connections: groups.length,
    ended: () => ended,
    close: async () => void (await Promise.all(clients.map(async (client) => client.dispose()))),
  };
}
