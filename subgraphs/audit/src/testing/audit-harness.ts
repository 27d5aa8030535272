import { createEnvelope, eventContracts, type EventEnvelope, type EventType } from '@crm/contracts';
import { topicMatchesAny } from '@crm/platform/bus';
import { handleOnce } from '@crm/platform/bus/inbox';
import { createSubgraphHarness, type SubgraphHarnessBase } from '@crm/platform/testing';
import { asc } from 'drizzle-orm';
import type { Clock } from '../clock';
import { entries, type EntryRow } from '../db/entries-table';
import { createAuditSubgraph, type AuditSubgraph } from '../index';

export interface AuditHarness extends SubgraphHarnessBase<AuditSubgraph> {
  /** Hands an event to every consumer subscribed to it, through the inbox, as the bus does; returns the envelope. */
  deliver(type: string, data: unknown, options?: { id?: string; actorId?: string; orgId?: string }): Promise<EventEnvelope>;
  /** Every entry, in chain order. */
  written(): Promise<EntryRow[]>;
}

export async function createAuditHarness(options: { clock?: Clock } = {}): Promise<AuditHarness> {
  const base = await createSubgraphHarness('audit', ({ db, logger }) => createAuditSubgraph({ db, logger, ...(options.clock ? { clock: options.clock } : {}) }));
  return {
    ...base,
    async deliver(type, data, { id, actorId, orgId } = {}) {
      const version = type in eventContracts ? eventContracts[type as EventType].version : 1;
      const organizationId = orgId ?? (data as { organizationId: string }).organizationId;
      const envelope = createEnvelope({ source: '/test', type, version, orgId: organizationId, actorId, data, ...(id ? { id } : {}) });
      for (const consumer of base.module.consumers ?? []) {
        if (topicMatchesAny(consumer.events, type)) await handleOnce(base.db, base.module.busTables, consumer, envelope);
      }
      return envelope;
    },
    written: () => base.db.select().from(entries).orderBy(asc(entries.organizationId), asc(entries.sequence)),
  };
}

/** Why a statement failed, as PostgreSQL put it (drizzle wraps the driver's error as `cause`). */
export async function refusalOf(statement: Promise<unknown>): Promise<string> {
  try {
    await statement;
    return 'not refused';
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause ?? error;
    return cause instanceof Error ? cause.message : String(cause);
  }
}
