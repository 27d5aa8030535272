import { DEAL_STATE_EVENTS, parseEventData } from '@crm/contracts';
import type { Executor } from '@crm/platform';
import type { ConsumerDefinition } from '@crm/platform/bus';
import { and, eq, sql } from 'drizzle-orm';
import { boolean, index, timestamp, uuid, type PgSchema } from 'drizzle-orm/pg-core';
import type { AccessSettingsTable } from './access-settings-read-model';
import type { DealAccessColumns } from './deal-access-sql';

export interface DealAccessTableOptions {
  /** The column holding the time of the event the row reflects (the subgraphs named it differently). */
  eventTimeColumn: string;
  /** An index on (organisation, owner), where the subgraph lists by owner. */
  ownerIndex?: string;
}

/**
 * The read model of who stands how to each CRM deal, fed by every `crm.deal.*` event (each carries the
 * whole access state; ADR 0008, 0009, 0015). The subgraph re-exports it from its drizzle schema.
 */
export function dealAccessTable(schema: PgSchema, options: DealAccessTableOptions) {
  return schema.table(
    'deal_access',
    {
      dealId: uuid('deal_id').primaryKey(),
      organizationId: uuid('organization_id').notNull(),
      ownerId: uuid('owner_id').notNull(),
      participantIds: uuid('participant_ids').array().notNull(),
      archived: boolean('archived').notNull(),
      /** The time of the event applied; an older event arriving late is ignored. */
      eventTime: timestamp(options.eventTimeColumn, { withTimezone: true }).notNull(),
    },
    (t) => (options.ownerIndex ? [index(options.ownerIndex).on(t.organizationId, t.ownerId)] : []),
  );
}

export type DealAccessTable = ReturnType<typeof dealAccessTable>;
export type DealAccessRow = DealAccessTable['$inferSelect'];

export const DEAL_ACCESS_EVENTS = DEAL_STATE_EVENTS;
type DealEvent = (typeof DEAL_ACCESS_EVENTS)[number];

/** The read model's columns for `dealAccessCondition`: participants in an array, the setting in its own read model. */
export function readModelAccessColumns(table: DealAccessTable, settings: AccessSettingsTable): DealAccessColumns {
  return {
    organizationId: table.organizationId,
    ownerId: table.ownerId,
    participates: (userId) => sql`${userId}::uuid = ANY(${table.participantIds})`,
    sellersSeeAllDeals: sql`EXISTS (SELECT 1 FROM ${settings} WHERE ${settings.organizationId} = ${table.organizationId} AND ${settings.sellersSeeAllDeals})`,
  };
}

export function createDealAccessReadModel(table: DealAccessTable, settings: AccessSettingsTable) {
  /**
   * Newest event wins; a deal id never moves between organisations, so an event naming another
   * organisation for a known deal changes nothing.
   */
  async function apply(tx: Executor, row: DealAccessRow): Promise<void> {
    const { dealId: _dealId, organizationId, ...state } = row;
    await tx
      .insert(table)
      .values(row)
      .onConflictDoUpdate({
        target: table.dealId,
        set: state,
        setWhere: sql`${table.eventTime} <= ${row.eventTime.toISOString()} AND ${table.organizationId} = ${organizationId}`,
      });
  }

  async function find(executor: Executor, organizationId: string, dealId: string): Promise<DealAccessRow | null> {
    const [row] = await executor.select().from(table).where(and(eq(table.dealId, dealId), eq(table.organizationId, organizationId)));
    return row ?? null;
  }

  /** The consumer `<subgraph>.deal-access` that keeps the table. */
  function consumer(name: string): ConsumerDefinition {
    return {
      name,
      events: [...DEAL_ACCESS_EVENTS],
      async handle(event, tx) {
        const type = event.type as DealEvent;
        if (!DEAL_ACCESS_EVENTS.includes(type)) return;
        const data = parseEventData(type, event.data);
        const { dealId, organizationId, ownerId, participantIds, archived } = data;
        await apply(tx, { dealId, organizationId, ownerId, participantIds, archived, eventTime: new Date(event.time) });
      },
    };
  }

  return { apply, find, consumer, columns: readModelAccessColumns(table, settings) };
}

export type DealAccessReadModel = ReturnType<typeof createDealAccessReadModel>;
