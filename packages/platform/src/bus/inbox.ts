import type { EventEnvelope } from '@crm/contracts';
import type { Executor } from '../db';
import type { BusTables } from './tables';
import type { ConsumerDefinition } from './types';

export type InboxOutcome = 'processed' | 'duplicate';

/**
 * Runs `consumer.handle` once per event id: the inbox row and the handler's effect commit together
 * (a savepoint when `executor` is already a transaction). A second delivery of the same id finds the
 * row and does nothing; a concurrent one waits on the row's key and then finds it. Handler errors propagate.
 */
export async function handleOnce(
  executor: Executor,
  tables: Pick<BusTables, 'inbox'>,
  consumer: Pick<ConsumerDefinition, 'name' | 'handle'>,
  envelope: EventEnvelope,
): Promise<InboxOutcome> {
  return executor.transaction(async (tx) => {
    const recorded = await tx
      .insert(tables.inbox)
      .values({ consumer: consumer.name, eventId: envelope.id, orgId: envelope.orgid })
      .onConflictDoNothing()
      .returning({ eventId: tables.inbox.eventId });
    if (recorded.length === 0) return 'duplicate';
    await consumer.handle(envelope, tx);
    return 'processed';
  });
}

/** What gets stored as the reason of a failure: enough to diagnose, bounded in size. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return text.length > 4000 ? `${text.slice(0, 4000)}…` : text;
}
