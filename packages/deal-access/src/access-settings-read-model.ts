import { parseEventData, type EventPayload } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import { eq, sql } from 'drizzle-orm';
import { boolean, integer, uuid, type PgSchema } from 'drizzle-orm/pg-core';
import type { Executor } from '@crm/platform';
import type { OrganizationAccessSettings } from './deal-access-rule';

/** CRM's default, which holds until its first `crm.settings.changed` for the organisation arrives. */
export const DEFAULT_ACCESS_SETTINGS: OrganizationAccessSettings = { sellersSeeAllDeals: false };

/**
 * The read model of CRM's organisation settings that bear on deal access, for a subgraph that mirrors
 * CRM's deal visibility (ADR 0008, 0009, 0015). Like `busTables`, the subgraph re-exports it from its drizzle
 * schema so its own migrations create it. No row means CRM's defaults.
 */
export function accessSettingsTable(schema: PgSchema) {
  return schema.table('crm_settings', {
    organizationId: uuid('organization_id').primaryKey(),
    sellersSeeAllDeals: boolean('sellers_see_all_deals').notNull(),
    /** CRM's settings version kept here: a duplicate or older event never overwrites a newer one. */
    version: integer('version').notNull(),
  });
}

export type AccessSettingsTable = ReturnType<typeof accessSettingsTable>;

export function createAccessSettingsReadModel(table: AccessSettingsTable) {
  /** Keeps the newest version: a duplicate or a late older event changes nothing. */
  async function apply(tx: Executor, data: EventPayload<'crm.settings.changed'>): Promise<void> {
    await tx
      .insert(table)
      .values({ organizationId: data.organizationId, sellersSeeAllDeals: data.sellersSeeAllDeals, version: data.version })
      .onConflictDoUpdate({
        target: table.organizationId,
        set: { sellersSeeAllDeals: data.sellersSeeAllDeals, version: data.version },
        setWhere: sql`${table.version} < ${data.version}`,
      });
  }

  async function read(executor: Executor, organizationId: string): Promise<OrganizationAccessSettings> {
    const [row] = await executor.select().from(table).where(eq(table.organizationId, organizationId));
    return row ? { sellersSeeAllDeals: row.sellersSeeAllDeals } : DEFAULT_ACCESS_SETTINGS;
  }

  /** The subgraph's consumer of `crm.settings.changed`, named `<subgraph>.crm-settings`. */
  function consumer(name: string): ConsumerDefinition {
    return {
      name,
      events: ['crm.settings.changed'],
      async handle(event, tx) {
        if (event.type === 'crm.settings.changed') await apply(tx, parseEventData('crm.settings.changed', event.data));
      },
    };
  }

  return { apply, read, consumer };
}
