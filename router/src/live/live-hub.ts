import type { FormattedExecutionResult } from 'graphql';
import type { LiveEvent } from './live-events';
import { LIVE_ID_VARIABLE, type LiveOperation } from './live-operation';

/** Runs a derived query as the subscriber (through the gateway, so every subgraph checks access). */
export type LiveExecutor = (queryText: string, variables: Record<string, unknown>) => Promise<FormattedExecutionResult>;

export interface LiveSubscriber {
  orgId: string;
  /** The subscriber's user (events addressed to one recipient reach only them); null for a service. */
  userId: string | null;
  /** Whose identity the query runs with: subscribers with the same key, document and variables share one execution. */
  identityKey: string;
  /**
   * Users whose answers to a sharable selection cannot differ (`liveAccessClass`, ADR 0074): for such a
   * selection, one execution serves the whole class. Null: only the identity's own.
   */
  accessClass: string | null;
  /**
   * When the subgraphs last answered this subscriber's own token (the subscribe-time probe), in ms since
   * the epoch; absent: never. A class result reaches a member only while this is recent (`confirmEveryMs`).
   */
  confirmedAt?: number;
  operation: LiveOperation;
  execute: LiveExecutor;
  next(result: FormattedExecutionResult): void;
  /** Access lost (only `dealChanged`; the `my…` fields skip entities the caller cannot see). */
  forbidden(): void;
}

export interface LiveHubCounters {
  events: number;
  executions: number;
  coalesced: number;
  delivered: number;
  /** A sharable selection refused (or unanswered) under the subscriber's access class, asked again as the subscriber. */
  ownRetries: number;
  /** A class member run as itself because the subgraphs had not answered its own token for `confirmEveryMs`. */
  ownConfirms: number;
  /** An event id this subscriber already had (a broker redelivery after a restart), or a result older than, or the same as, one delivered. */
  duplicates: number;
}

interface Slot {
  subscriber: LiveSubscriber;
  running: boolean;
  /** Per entity, the newest event that arrived while an execution ran: bursts collapse into it (the latest wins). */
  pending: Map<string, LiveEvent>;
  /** Per changed entity (bounded, `calculation:<id>`…), the newest version delivered: events' own and, when the selection reads it, the watched entity's. */
  versions: Map<string, number>;
  closed: boolean;
  /** Its identity's confirmation, shared by every subscription with the same `identityKey`. */
  confirmation: Confirmation;
}

/** When the subgraphs last showed an identity an entity with its own token (ms since the epoch), and how many subscriptions use it. */
interface Confirmation {
  at: number;
  slots: number;
}

export interface LiveHubOptions {
  /**
   * How long a class member is served results run with another member's token before it runs as itself
   * again (the subgraphs' revocation views and access rule are authoritative; the router's view of
   * revocations starts empty and may miss an event). The bound ADR 0074 states: the router's re-check period.
   */
  confirmEveryMs: number;
  now(): number;
}

const DEFAULT_HUB_OPTIONS: LiveHubOptions = { confirmEveryMs: 30_000, now: Date.now };

/** Event ids the hub remembers (one set for every subscriber: a redelivery repeats the event for all of them). */
const SEEN_EVENTS = 10_000;
const KNOWN_VERSIONS = 256;

/** The entity's `version` in a result, when the subscription selects it. */
function versionOf(operation: LiveOperation, data: Record<string, unknown> | null | undefined): number | null {
  for (const key of operation.entityKeys) {
    const version = (data?.[key] as { version?: unknown } | null | undefined)?.version;
    if (typeof version === 'number') return version;
  }
  return null;
}

/** Remembers the newest version of `key` the subscriber has (bounded: the key changed least recently goes first). */
function remember(slot: Slot, key: string, version: number): void {
  const known = slot.versions.get(key) ?? 0;
  slot.versions.delete(key);
  slot.versions.set(key, Math.max(known, version));
  if (slot.versions.size > KNOWN_VERSIONS) slot.versions.delete(slot.versions.keys().next().value!);
}

/**
 * Whether the subscriber already has the change an event carries (ADR 0075): its version is not above
 * the newest delivered for what it changed — a burst's earlier event whose result already showed it, or
 * two events of one transaction. An event without a version is never dropped here.
 */
function alreadyHas(slot: Slot, changed: LiveEvent['changed']): boolean {
  return changed !== null && changed.version <= (slot.versions.get(changed.key) ?? 0);
}

/** Each subscription's variables as a key part, serialised once (not at every event it is asked about). */
const variableKeys = new WeakMap<LiveOperation, string>();

function variablesKey(operation: LiveOperation): string {
  let key = variableKeys.get(operation);
  if (key === undefined) {
    key = JSON.stringify(operation.variables);
    variableKeys.set(operation, key);
  }
  return key;
}

/** Remembers a live event (entity and event id: one bus event can mean a deal's and a task's); false when it was already there (the bus delivered it again). */
function firstSeen(seen: Set<string>, event: LiveEvent): boolean {
  const key = `${event.entity}:${event.eventId}`;
  if (seen.has(key)) return false;
  seen.add(key);
  if (seen.size > SEEN_EVENTS) seen.delete(seen.values().next().value!);
  return true;
}

/** Whether a derived query's result shows the entity: null or a FORBIDDEN/NOT_FOUND error means not visible. */
export function entityVisible(operation: LiveOperation, result: FormattedExecutionResult): boolean {
  const refused = result.errors?.some((error) => ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'].includes(String(error.extensions?.code)));
  return !refused && operation.entityKeys.every((key) => result.data?.[key] != null);
}

/**
 * Live subscribers by organisation. Per event: only that organisation's subscribers of that entity (and
 * only its recipient for a notification), never an event id a subscriber already had, one execution
 * per (document, variables, identity or access class, event) shared by all who asked, per subscriber at most one
 * execution running plus the newest pending event, and never a change it already has (by the version the event carries) or a result older than one it has.
 */
export function createLiveHub(onCount: (counter: keyof LiveHubCounters) => void = () => undefined, options: Partial<LiveHubOptions> = {}) {
  const { confirmEveryMs, now } = { ...DEFAULT_HUB_OPTIONS, ...options };
  /** Slots by organisation, then by what they watch: `deal:<id>` for one deal, `deal:*` for every deal (so an event visits only its candidates). */
  const byOrg = new Map<string, Map<string, Set<Slot>>>();
  const watchKey = (operation: LiveOperation) => `${operation.entity}:${operation.filterId ?? '*'}`;
  const inFlight = new Map<LiveEvent, Map<string, Map<string, Promise<FormattedExecutionResult>>>>();
  const payloads = new WeakMap<FormattedExecutionResult, Map<LiveOperation['assemble'], FormattedExecutionResult>>();
  /** One set for the whole hub, not one per subscriber: 10,000 subscribers do not each keep the ids of every event they saw. */
  const seen = new Set<string>();
  /** By `identityKey`: one own execution confirms every subscription of that token. */
  const confirmations = new Map<string, Confirmation>();

  /** One execution per (who, document's query, variables, event) in flight; `who` is an identity or an access class. */
  function shared(subscriber: LiveSubscriber, event: LiveEvent, who: string): Promise<FormattedExecutionResult> {
    const { queryText, variables } = subscriber.operation;
    // By the event object every candidate is handed (a redelivered event never gets this far: `firstSeen`),
    // then by variables and who (the variables' JSON delimits itself), then by the query text: one string
    // per document, hashed once. No key with the query text or the event is made per subscriber (ADR 0079).
    const byKey = inFlight.get(event) ?? new Map<string, Map<string, Promise<FormattedExecutionResult>>>();
    const key = `${variablesKey(subscriber.operation)}${who}`;
    const byQuery = byKey.get(key) ?? new Map<string, Promise<FormattedExecutionResult>>();
    let result = byQuery.get(queryText);
    if (!result) {
      onCount('executions');
      result = subscriber
        .execute(queryText, { ...variables, [LIVE_ID_VARIABLE]: event.id })
        .catch((error: unknown): FormattedExecutionResult => ({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }))
        .finally(() => {
          byQuery.delete(queryText);
          if (byQuery.size === 0 && byKey.get(key) === byQuery) byKey.delete(key);
          if (byKey.size === 0 && inFlight.get(event) === byKey) inFlight.delete(event);
        });
      byQuery.set(queryText, result);
      byKey.set(key, byQuery);
      inFlight.set(event, byKey);
    }
    return result;
  }

  /**
   * The subscriber's result for `event`: its access class's when the selection is sharable, else its
   * own. A refusal (or no answer) under the class is never taken for this subscriber's: the class's
   * execution ran with another member's token, which may be the one revoked; it asks again as itself.
   * Nor is a class result taken once this member's own token has gone unconfirmed by the subgraphs for
   * `confirmEveryMs`: a member whose revocation the router missed would otherwise be served for as long
   * as its token lives (the router's revocation view is in memory, starts empty, and is only an early refusal).
   */
  async function resultFor(slot: Slot, event: LiveEvent): Promise<FormattedExecutionResult> {
    const { subscriber } = slot;
    if (subscriber.operation.sharable && subscriber.accessClass !== null) {
      if (now() - slot.confirmation.at < confirmEveryMs) {
        const result = await shared(subscriber, event, `class:${subscriber.accessClass}`);
        if (entityVisible(subscriber.operation, result)) return result;
        onCount('ownRetries');
      } else onCount('ownConfirms');
    }
    const started = now();
    const own = await shared(subscriber, event, subscriber.identityKey);
    if (entityVisible(subscriber.operation, own)) slot.confirmation.at = Math.max(slot.confirmation.at, started);
    return own;
  }

  /** The subscription's payload from a result; subscribers of one document sharing a result share it too. */
  function payloadOf(subscriber: LiveSubscriber, event: LiveEvent, result: FormattedExecutionResult): FormattedExecutionResult {
    const byAssembly = payloads.get(result) ?? new Map<LiveOperation['assemble'], FormattedExecutionResult>();
    payloads.set(result, byAssembly);
    let payload = byAssembly.get(subscriber.operation.assemble);
    if (!payload) {
      payload = { ...result, data: subscriber.operation.assemble(event, result.data ?? {}) };
      byAssembly.set(subscriber.operation.assemble, payload);
    }
    return payload;
  }

  async function run(slot: Slot, event: LiveEvent): Promise<void> {
    slot.running = true;
    let next: LiveEvent | undefined = event;
    while (next && !slot.closed) {
      const current: LiveEvent = next;
      slot.pending.delete(current.id);
      next = slot.pending.values().next().value;
      if (alreadyHas(slot, current.changed)) {
        onCount('duplicates');
        continue;
      }
      const { subscriber } = slot;
      const result = await resultFor(slot, current);
      if (slot.closed) break;
      const visible = entityVisible(subscriber.operation, result);
      const watched = `${current.entity}:${current.id}`;
      const read = visible ? versionOf(subscriber.operation, result.data) : null;
      // A result older than one delivered (an execution that read before a later one's commit).
      if (read !== null && read < (slot.versions.get(watched) ?? 0)) onCount('duplicates');
      else if (visible) {
        if (current.changed) remember(slot, current.changed.key, current.changed.version);
        if (read !== null) remember(slot, watched, read);
        onCount('delivered');
        subscriber.next(payloadOf(subscriber, current, result));
      } else if (subscriber.operation.filterId) {
        subscriber.forbidden();
      }
      next = slot.pending.values().next().value;
    }
    slot.running = false;
  }

  return {
    add(subscriber: LiveSubscriber): () => void {
      const confirmation = confirmations.get(subscriber.identityKey) ?? { at: -Infinity, slots: 0 };
      confirmations.set(subscriber.identityKey, confirmation);
      confirmation.slots += 1;
      confirmation.at = Math.max(confirmation.at, subscriber.confirmedAt ?? -Infinity);
      const slot: Slot = { subscriber, running: false, pending: new Map(), versions: new Map(), closed: false, confirmation };
      const org = byOrg.get(subscriber.orgId) ?? new Map<string, Set<Slot>>();
      byOrg.set(subscriber.orgId, org);
      const key = watchKey(subscriber.operation);
      const slots = org.get(key) ?? new Set<Slot>();
      org.set(key, slots);
      slots.add(slot);
      return () => {
        if (slot.closed) return;
        slot.closed = true;
        confirmation.slots -= 1;
        if (confirmation.slots === 0 && confirmations.get(subscriber.identityKey) === confirmation) confirmations.delete(subscriber.identityKey);
        slots.delete(slot);
        if (slots.size === 0 && org.get(key) === slots) org.delete(key);
        if (org.size === 0 && byOrg.get(subscriber.orgId) === org) byOrg.delete(subscriber.orgId);
      };
    },
    publish(event: LiveEvent): void {
      onCount('events');
      if (!firstSeen(seen, event)) {
        onCount('duplicates');
        return;
      }
      const org = byOrg.get(event.orgId);
      const candidates = [...(org?.get(`${event.entity}:${event.id}`) ?? []), ...(org?.get(`${event.entity}:*`) ?? [])];
      for (const slot of candidates) {
        if (event.recipientId !== null && event.recipientId !== slot.subscriber.userId) continue;
        if (slot.running) {
          if (slot.pending.has(event.id)) onCount('coalesced');
          slot.pending.set(event.id, event);
        } else void run(slot, event);
      }
    },
    size(): number {
      let count = 0;
      for (const org of byOrg.values()) for (const slots of org.values()) count += slots.size;
      return count;
    },
  };
}
