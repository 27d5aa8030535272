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
  /** An event id this subscriber already had (a broker redelivery after a restart), or a result older than one delivered. */
  duplicates: number;
}

interface Slot {
  subscriber: LiveSubscriber;
  running: boolean;
  /** Per entity, the newest event that arrived while an execution ran: bursts collapse into it (the latest wins). */
  pending: Map<string, LiveEvent>;
  /** The latest event ids taken (bounded): a redelivered event is dropped, not run and sent again. */
  seen: Set<string>;
  /** Per entity, the highest `version` delivered (when the selection reads one): an older result is stale. */
  versions: Map<string, number>;
  closed: boolean;
}

const SEEN_EVENTS = 256;

/** The entity's `version` in a result, when the subscription selects it. */
function versionOf(operation: LiveOperation, data: Record<string, unknown> | null | undefined): number | null {
  for (const key of operation.entityKeys) {
    const version = (data?.[key] as { version?: unknown } | null | undefined)?.version;
    if (typeof version === 'number') return version;
  }
  return null;
}

/** Remembers an event id for the slot; false when it was already there (the bus delivered it again). */
function firstSeen(slot: Slot, eventId: string): boolean {
  if (slot.seen.has(eventId)) return false;
  slot.seen.add(eventId);
  if (slot.seen.size > SEEN_EVENTS) slot.seen.delete(slot.seen.values().next().value!);
  return true;
}

/** Whether a derived query's result shows the entity: null or a FORBIDDEN/NOT_FOUND error means not visible. */
export function entityVisible(operation: LiveOperation, result: FormattedExecutionResult): boolean {
  const refused = result.errors?.some((error) => ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'].includes(String(error.extensions?.code)));
  return !refused && operation.entityKeys.every((key) => result.data?.[key] != null);
}

/**
 * Live subscribers by organisation. Per event: only that organisation's subscribers of that entity (and
 * only its recipient for a notification), never an event id a subscriber already had, one execution per (document, variables, identity) shared by all who asked, and per subscriber at
 * most one execution running plus the newest pending event.
 */
export function createLiveHub(onCount: (counter: keyof LiveHubCounters) => void = () => undefined) {
  const byOrg = new Map<string, Set<Slot>>();
  const inFlight = new Map<string, Promise<FormattedExecutionResult>>();

  function shared(subscriber: LiveSubscriber, event: LiveEvent): Promise<FormattedExecutionResult> {
    const { queryText, variables } = subscriber.operation;
    const key = JSON.stringify([subscriber.identityKey, queryText, variables, event.id, event.eventId]);
    let result = inFlight.get(key);
    if (!result) {
      onCount('executions');
      result = subscriber.execute(queryText, { ...variables, [LIVE_ID_VARIABLE]: event.id }).finally(() => inFlight.delete(key));
      inFlight.set(key, result);
    }
    return result;
  }

  async function run(slot: Slot, event: LiveEvent): Promise<void> {
    slot.running = true;
    let next: LiveEvent | undefined = event;
    while (next && !slot.closed) {
      const current: LiveEvent = next;
      slot.pending.delete(current.id);
      const { subscriber } = slot;
      const result = await shared(subscriber, current).catch((error: unknown): FormattedExecutionResult => ({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
      if (slot.closed) break;
      const version = versionOf(subscriber.operation, result.data);
      const stale = version !== null && version < (slot.versions.get(current.id) ?? 0);
      if (stale) onCount('duplicates');
      else if (entityVisible(subscriber.operation, result)) {
        if (version !== null) slot.versions.set(current.id, version);
        onCount('delivered');
        subscriber.next({ ...result, data: subscriber.operation.assemble(current, result.data ?? {}) });
      } else if (subscriber.operation.filterId) {
        subscriber.forbidden();
      }
      next = slot.pending.values().next().value;
    }
    slot.running = false;
  }

  return {
    add(subscriber: LiveSubscriber): () => void {
      const slot: Slot = { subscriber, running: false, pending: new Map(), seen: new Set(), versions: new Map(), closed: false };
      const slots = byOrg.get(subscriber.orgId) ?? new Set<Slot>();
      byOrg.set(subscriber.orgId, slots);
      slots.add(slot);
      return () => {
        slot.closed = true;
        slots.delete(slot);
        if (slots.size === 0) byOrg.delete(subscriber.orgId);
      };
    },
    publish(event: LiveEvent): void {
      onCount('events');
      for (const slot of byOrg.get(event.orgId) ?? []) {
        const { operation } = slot.subscriber;
        if (operation.entity !== event.entity || (operation.filterId !== null && operation.filterId !== event.id)) continue;
        if (event.recipientId !== null && event.recipientId !== slot.subscriber.userId) continue;
        if (!firstSeen(slot, event.eventId)) {
          onCount('duplicates');
          continue;
        }
        if (slot.running) {
          if (slot.pending.has(event.id)) onCount('coalesced');
          slot.pending.set(event.id, event);
        } else void run(slot, event);
      }
    },
    size(): number {
      return [...byOrg.values()].reduce((sum, slots) => sum + slots.size, 0);
    },
  };
}
