import { build } from 'hdr-histogram-js';
import type { createGraphQLClient } from '../support/graphql-client';
import type { BenchDeal } from './fixtures';

const UPDATE_DEAL = 'mutation($input: UpdateDealInput!) { updateDeal(input: $input) { deal { id version } } }';

interface Sent {
  watchers: number;
  received: number;
  respondedAt: number | undefined;
  /** Payloads that arrived before the mutation's response did. */
  early: number;
}

/**
 * The bench's events: each renames a deal through the router (`updateDeal`, a new unique title), so a
 * payload names the change it shows. Latency is from the mutation's response to a subscriber receiving
 * the payload with that title; a payload that beats the response counts as 0 ms (`early`).
 */
export function createDealRenames(client: ReturnType<typeof createGraphQLClient>, token: string) {
  const sent = new Map<string, Sent>();
  let histogram = build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3 });
  let counts = { events: 0, errors: 0, expected: 0, delivered: 0, early: 0, unknown: 0 };
  let seq = 0;
  return {
    /** Renames `deal`, which `watchers` subscribers watch; resolves with the title once the router has answered. */
    async rename(deal: BenchDeal, watchers: number): Promise<string> {
      const title = `Замер #${(seq += 1)}`;
      const entry: Sent = { watchers, received: 0, respondedAt: undefined, early: 0 };
      sent.set(title, entry);
      try {
        const answer = await client.post<{ updateDeal: { deal: BenchDeal } }>(UPDATE_DEAL, { input: { id: deal.id, version: deal.version, title } }, token);
        entry.respondedAt = performance.now();
        deal.version = answer.updateDeal.deal.version;
        counts.events += 1;
        counts.expected += watchers;
        for (let i = 0; i < entry.early; i += 1) histogram.recordValue(0);
      } catch {
        counts.errors += 1;
        sent.delete(title);
      }
      return title;
    },
    /** A subscriber's payload showing `title`, received at `at` (performance.now()). */
    onTitle(title: string, at: number): void {
      const entry = sent.get(title);
      if (!entry) {
        counts.unknown += 1;
        return;
      }
      entry.received += 1;
      counts.delivered += 1;
      if (entry.respondedAt === undefined) {
        entry.early += 1;
        counts.early += 1;
      } else histogram.recordValue(Math.round((at - entry.respondedAt) * 1000));
    },
    received: (title: string) => sent.get(title)?.received ?? 0,
    /** Every answered event's payloads arrived (or some never will: coalesced, or lost). */
    allDelivered: () => counts.delivered >= counts.expected,
    stats() {
      const ms = (us: number) => Math.round(us / 10) / 100;
      return { ...counts, missed: counts.expected - counts.delivered, p50_ms: ms(histogram.getValueAtPercentile(50)), p99_ms: ms(histogram.getValueAtPercentile(99)), max_ms: ms(histogram.maxValue) };
    },
    reset(): void {
      sent.clear();
      histogram = build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3 });
      counts = { events: 0, errors: 0, expected: 0, delivered: 0, early: 0, unknown: 0 };
    },
  };
}

export type DealRenames = ReturnType<typeof createDealRenames>;
