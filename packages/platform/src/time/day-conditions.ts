import { and, or, sql, type Column, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db';
import { dayIn, DEFAULT_TIME_ZONE } from './calendar-day';

/** SQL twin of `isDue`: the column's day has come (on or before `today`). */
export function dueBy(day: Column | SQL, today: string): SQL {
  return sql`${day} <= ${today}`;
}

/** SQL twin of `isOverdue`: the column's day has passed (strictly before `today`). */
export function overdueBy(day: Column | SQL, today: string): SQL {
  return sql`${day} < ${today}`;
}

/**
 * A condition over the rows of many organisations, each in its own day: for every zone in use (the
 * default among them), the rows whose organisation works in that zone and `onToday(that zone's today)`.
 * `zoneOfRow` is the row's organisation zone as SQL, `coalesce(…, DEFAULT_TIME_ZONE)` when it may be missing.
 */
export function inEachZone(zoneOfRow: SQL, zonesInUse: readonly string[], now: Date, onToday: (today: string) => SQL): SQL {
  const zones = [...new Set([DEFAULT_TIME_ZONE, ...zonesInUse])];
  return or(...zones.map((zone) => and(sql`${zoneOfRow} = ${zone}`, onToday(dayIn(zone, now)))))!;
}

/** A table of per-organisation settings that carries the organisation's zone (CRM's own, or a read model of it). */
export type ZoneTable = PgTable & { organizationId: PgColumn; timeZone: PgColumn };

/** Every zone some organisation in `table` works in (`inEachZone` adds the default). */
export async function zonesInUse(db: Executor, table: ZoneTable): Promise<string[]> {
  const rows = await db.selectDistinct({ timeZone: table.timeZone }).from(table);
  return rows.map((r) => String(r.timeZone));
}

/** The zone of the organisation in `organizationId` (a column of the filtered row), as SQL for `inEachZone`. */
export function organizationZone(table: ZoneTable, organizationId: Column): SQL {
  return sql`coalesce((SELECT ${table.timeZone} FROM ${table} WHERE ${table.organizationId} = ${organizationId}), ${DEFAULT_TIME_ZONE})`;
}
