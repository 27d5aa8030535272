import { parseEventData, type EventPayload } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import { eq, sql, type Column, type SQL } from 'drizzle-orm';
import { boolean, integer, text, uuid, type PgSchema } from 'drizzle-orm/pg-core';
import { dayIn, DEFAULT_TIME_ZONE, organizationZone, zonesInUse, type Db, type Executor } from '@crm/platform';
import type { OrganizationAccessSettings } from './deal-access-rule';

/** CRM's default, which holds until its first `crm.settings.changed` for the organisation arrives. */
export const DEFAULT_ACCESS_SETTINGS: OrganizationAccessSettings = { sellersSeeAllDeals: false };

/** What the read model mirrors: the access settings and the organisation's time zone (ADR 0046). */
export interface MirroredCrmSettings extends OrganizationAccessSettings {
  timeZone: string;
}

/**
 * The read model of CRM's organisation settings that bear on deal access, for a subgraph that mirrors
 * CRM's deal visibility (ADR 0008, 0009, 0015). Like `busTables`, the subgraph re-exports it from its drizzle
 * schema so its own migrations create it. No row means CRM's defaults.
 */
export function accessSettingsTable(schema: PgSchema) {
  return schema.table('crm_settings', {
    organizationId: uuid('organization_id').primaryKey(),
    sellersSeeAllDeals: boolean('sellers_see_all_deals').notNull(),
    /** The organisation's IANA time zone: where its "today" is decided (ADR 0046). */
    timeZone: text('time_zone').notNull().default(DEFAULT_TIME_ZONE),
    /** CRM's settings version kept here: a duplicate or older event never overwrites a newer one. */
    version: integer('version').notNull(),
  });
}

export type AccessSettingsTable = ReturnType<typeof accessSettingsTable>;

export function createAccessSettingsReadModel(table: AccessSettingsTable) {
  /**
   * Keeps the newest version: a duplicate or a late older event changes nothing. A v1 event (no
   * `timeZone`) leaves the zone as it is.
   */
  async function apply(tx: Executor, data: EventPayload<'crm.settings.changed'>): Promise<void> {
    const zone = data.timeZone ? { timeZone: data.timeZone } : {};
    await tx
      .insert(table)
      .values({ organizationId: data.organizationId, sellersSeeAllDeals: data.sellersSeeAllDeals, version: data.version, ...zone })
      .onConflictDoUpdate({
        target: table.organizationId,
        set: { sellersSeeAllDeals: data.sellersSeeAllDeals, version: data.version, ...zone },
        setWhere: sql`${table.version} < ${data.version}`,
      });
  }

  const settingsOf = (row: AccessSettingsTable['$inferSelect'] | undefined): MirroredCrmSettings =>
    row ? { sellersSeeAllDeals: row.sellersSeeAllDeals, timeZone: row.timeZone } : { ...DEFAULT_ACCESS_SETTINGS, timeZone: DEFAULT_TIME_ZONE };

  async function read(executor: Executor, organizationId: string): Promise<MirroredCrmSettings> {
    return settingsOf((await executor.select().from(table).where(eq(table.organizationId, organizationId)))[0]);
  }

  /** `read` on `db`'s pool as a statement prepared once (`name`, unique per process): for a read every request makes. */
  function preparedRead(db: Db, name: string): (organizationId: string) => Promise<MirroredCrmSettings> {
    const query = db.select().from(table).where(eq(table.organizationId, sql.placeholder('organizationId'))).prepare(name);
    return async (organizationId) => settingsOf((await query.execute({ organizationId }))[0]);
  }

  /** The organisation's "today" at `now`, in its zone. */
  async function todayOf(executor: Executor, organizationId: string, now: Date): Promise<string> {
    return dayIn((await read(executor, organizationId)).timeZone, now);
  }

  /** Every zone some organisation works in (`inEachZone` adds the default). */
  const zones = (executor: Executor) => zonesInUse(executor, table);

  /** The zone of the organisation in `organizationId` (a column of the filtered row), for `inEachZone`. */
  const zoneOf = (organizationId: Column): SQL => organizationZone(table, organizationId);

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

  return { apply, read, preparedRead, todayOf, zonesInUse: zones, zoneOf, consumer };
}
