import { connectAmqpEventPublisher } from '@crm/platform/bus/amqp-event-publisher';
import { build } from 'hdr-histogram-js';
import type { createGraphQLClient } from '../support/graphql-client';
import type { BenchDeal } from './fixtures';

const UPDATE_DEAL = 'mutation($input: UpdateDealInput!) { updateDeal(input: $input) { deal { id version } } }';

interface Sent {
  watchers: number;
  received: number;
  /** From when latency counts: the mutation's response, or the event's publish. */
  sentAt: number | undefined;
  /** Payloads that arrived before the mutation's response did. */
  early: number;
}

/** What a subscriber's payload shows: the deal's title and the event it answers. */
export interface CardPayload {
  title: string | undefined;
  eventId: string | undefined;
}

/**
 * The bench's events, and their deliveries: each event has a key a payload shows (`keyOf`), and latency
 * runs from its `sentAt` to a subscriber receiving that payload; a payload before `sentAt` is known
 * counts as 0 ms (`early`).
 */
function createEventTracker(keyOf: (payload: CardPayload) => string | undefined) {
  const sent = new Map<string, Sent>();
  const newHistogram = () => build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3 });
  let histogram = newHistogram();
  let counts = { events: 0, errors: 0, expected: 0, delivered: 0, early: 0, unknown: 0 };
  return {
    start(key: string, watchers: number, sentAt?: number): void {
      sent.set(key, { watchers, received: 0, sentAt, early: 0 });
    },
    sent(key: string, at: number): void {
      const entry = sent.get(key)!;
      entry.sentAt = at;
      counts.events += 1;
      counts.expected += entry.watchers;
      for (let i = 0; i < entry.early; i += 1) histogram.recordValue(0);
    },
    failed(key: string): void {
      counts.errors += 1;
      sent.delete(key);
    },
    onPayload(payload: CardPayload, at: number): void {
      const key = keyOf(payload);
      const entry = key === undefined ? undefined : sent.get(key);
      if (!entry) {
        counts.unknown += 1;
        return;
      }
      entry.received += 1;
      counts.delivered += 1;
      if (entry.sentAt === undefined) {
        entry.early += 1;
        counts.early += 1;
      } else histogram.recordValue(Math.round((at - entry.sentAt) * 1000));
    },
    received: (key: string) => sent.get(key)?.received ?? 0,
    /** Every sent event's payloads arrived (or some never will: coalesced, or lost). */
    allDelivered: () => counts.delivered >= counts.expected,
    stats() {
      const ms = (us: number) => Math.round(us / 10) / 100;
      return { ...counts, missed: counts.expected - counts.delivered, p50_ms: ms(histogram.getValueAtPercentile(50)), p99_ms: ms(histogram.getValueAtPercentile(99)), max_ms: ms(histogram.maxValue) };
    },
    reset(): void {
      sent.clear();
      histogram = newHistogram();
      counts = { events: 0, errors: 0, expected: 0, delivered: 0, early: 0, unknown: 0 };
    },
  };
}

/** Emits one event about `deal` (watched by `watchers` subscribers); resolves with the key its payloads show. */
export interface DealEvents extends Omit<ReturnType<typeof createEventTracker>, 'start' | 'sent' | 'failed'> {
  /** How an event is made (the bench's rows say it). */
  driver: string;
  emit(deal: BenchDeal, watchers: number): Promise<string>;
  close(): Promise<void>;
}

/**
 * Events through the write path: each renames a deal through the router (`updateDeal`, a new unique
 * title), so a payload names the change it shows. Latency is from the mutation's response.
 */
export function createDealRenames(client: ReturnType<typeof createGraphQLClient>, token: string): DealEvents {
  const tracker = createEventTracker((payload) => payload.title);
  let seq = 0;
  return {
    ...tracker,
    driver: 'updateDeal mutations (write path: subgraph transaction, outbox, relay)',
    async emit(deal, watchers) {
      const title = `Замер #${(seq += 1)}`;
      tracker.start(title, watchers);
      try {
        const answer = await client.post<{ updateDeal: { deal: BenchDeal } }>(UPDATE_DEAL, { input: { id: deal.id, version: deal.version, title } }, token);
        deal.version = answer.updateDeal.deal.version;
        tracker.sent(title, performance.now());
      } catch {
        tracker.failed(title);
      }
      return title;
    },
    close: async () => undefined,
  };
}

/**
 * Thin events straight to the bus exchange (real RabbitMQ, confirmed), for real deals: a journal entry
 * added to the deal (`crm.journal.entry_added`, which only the audit log consumes besides the router),
 * so what is measured is the router's work per event (the subscribers' queries, fan-out), not the
 * subgraphs' write path. Latency is from just before the publish to a payload naming the event's id.
 */
export async function createBusEvents(amqpUrl: string, token: string): Promise<DealEvents> {
  const tracker = createEventTracker((payload) => payload.eventId);
  const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { org: string; sub: string };
  const publisher = await connectAmqpEventPublisher({ url: amqpUrl, source: '/bench/subscriptions' });
  return {
    ...tracker,
    driver: 'thin events published to RabbitMQ (crm.journal.entry_added of real deals)',
    async emit(deal, watchers) {
      const id = crypto.randomUUID();
      const at = performance.now();
      tracker.start(id, watchers, at);
      try {
        await publisher.publish('crm.journal.entry_added', {
          orgId: claims.org,
          actorId: claims.sub,
          data: { entryId: crypto.randomUUID(), dealId: deal.id, organizationId: claims.org, authorId: claims.sub, kind: 'NOTE', text: 'Замер' },
          id,
        });
        tracker.sent(id, at);
      } catch {
        tracker.failed(id);
      }
      return id;
    },
    close: () => publisher.close(),
  };
}
