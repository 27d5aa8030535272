import type { EventEnvelope } from '@crm/contracts';
import type { DatabaseHandle, Db, Tx } from '../db';
import type { BusTables } from './tables';

/** A subgraph's handler of events, bound to a durable queue named `<subgraph>.<purpose>`. */
export interface ConsumerDefinition {
  /** Queue name, `<subgraph>.<purpose>`, e.g. `crm.deal-participants`. Also the inbox key. */
  name: string;
  /** Event types it receives: exact names or AMQP topic patterns (`crm.deal.*`, `payments.#`). */
  events: string[];
  /**
   * Runs inside a transaction that also records the event in the inbox: the effect happens once per
   * event id. Throwing rolls both back and schedules a retry (with backoff) until `maxAttempts`,
   * then the event goes to the dead letters and the queue moves on.
   */
  handle(event: EventEnvelope, tx: Tx): Promise<void>;
  maxAttempts?: number;
  /**
   * Optional batch path (RabbitMQ only; the in-process bus calls `handle`): up to `size` deliveries,
   * gathered for at most `lingerMs`, are recorded in the inbox and handed to `handle` in one transaction,
   * then acked together after the commit. Duplicates (by event id) are left out before `handle` runs.
   * If the batch fails, each of its messages goes through `handle` alone, with the usual retries.
   */
  batch?: BatchHandling;
}

export interface BatchHandling {
  /** Most deliveries per transaction; the consumer's prefetch becomes twice this, so the next batch fills while one commits. */
  size: number;
  /** How long a partial batch waits for more deliveries before it is handled (default 20 ms). */
  lingerMs?: number;
  /** Gets only events not seen before by this consumer, in delivery order. */
  handle(events: readonly EventEnvelope[], tx: Tx): Promise<void>;
}

/** Where a subgraph keeps its bus tables: its own database and schema. */
export interface BusEndpoint {
  /** The subgraph's name, e.g. `auth`. */
  name: string;
  db: Db;
  tables: BusTables;
  /**
   * Wakes the relay as soon as an outbox row commits (usually `handle.listen.bind(handle)`).
   * Without it the relay still finds rows by polling, just later.
   */
  listen?: DatabaseHandle['listen'];
}

/** Re-delivers one event to one consumer only (dead-letter replay); `tx` is the replay's transaction. */
export interface Redelivery {
  redeliver(tx: Tx, consumer: string, envelope: EventEnvelope): Promise<void>;
}

/** What happened to one delivery of an event to one consumer. */
export type DeliveryOutcome = 'processed' | 'duplicate' | 'retried' | 'dead_lettered';

/**
 * Told what the bus does, for metrics (ADR 0057): `relayed` after the commit that published outbox
 * rows, `handled` after each delivery's outcome is recorded. Must not throw or block.
 */
export interface BusObserver {
  relayed?(source: string, envelopes: readonly EventEnvelope[]): void;
  handled?(consumer: string, envelope: EventEnvelope, outcome: DeliveryOutcome): void;
}

/** Counters since start, for health pages and tests; metrics exporters can read them too. */
export interface BusStats {
  published: number;
  unroutable: number;
  processed: number;
  duplicates: number;
  retried: number;
  deadLettered: number;
}

/**
 * One interface, two transports: RabbitMQ (distributed) and in-process (embedded). Both relay only
 * committed outbox rows, retry with backoff, dead-letter after N attempts and dedupe by event id.
 */
export interface EventBus {
  /** Relay this endpoint's outbox to the bus. */
  attachOutbox(endpoint: BusEndpoint): void;
  /** Deliver matching events to `consumer`, recording effects in `endpoint`'s inbox. */
  attachConsumer(endpoint: BusEndpoint, consumer: ConsumerDefinition): void;
  start(): Promise<void>;
  /** Stop taking new deliveries, let running handlers finish, flush what the relay holds. */
  stop(): Promise<void>;
  isReady(): boolean;
  /**
   * Every committed event matching `events`, to this process only, best effort (nothing retried, kept
   * or deduplicated): for in-memory views such as the router's live subscriptions. RabbitMQ: an
   * exclusive auto-delete queue, declared again after a broker restart; in-process: straight from the relay.
   */
  watch(events: readonly string[], onEvent: (envelope: EventEnvelope) => void): Promise<{ close(): Promise<void> }>;
}

/** What both factories return: the bus, plus replay support and counters. */
export interface RunningBus extends EventBus, Redelivery {
  stats(): BusStats;
}
