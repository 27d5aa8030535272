import type { Db } from '@crm/platform';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { entries } from '../db/entries-table';

/** The entity types whose events carry their name as `displayName`: users (`auth.user.created`) and clients (`crm.client.*`). */
const NAMED_TYPES = ['user', 'client'];

/**
 * The names of users and clients as the trail itself recorded them: the newest entry of the entity
 * whose data has a `displayName`. Every client event carries the client's name (created, updated,
 * deleted) and a user's name is given once, at creation; so the name is current, and a deleted or
 * merged-away client keeps the name it had (ADR 0077). One query for any number of ids.
 */
export function createTrailNamesService(deps: { db: Db }) {
  async function namesOf(organizationId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const rows = await deps.db
      .selectDistinctOn([entries.entityId], { id: entries.entityId, name: sql<string>`${entries.details}->>'displayName'` })
      .from(entries)
      .where(and(eq(entries.organizationId, organizationId), inArray(entries.entityType, NAMED_TYPES), inArray(entries.entityId, wanted), sql`${entries.details} ? 'displayName'`))
      .orderBy(entries.entityId, desc(entries.sequence));
    return new Map(rows.filter((row) => row.id && row.name).map((row) => [row.id!, row.name]));
  }
  return { namesOf };
}

export type TrailNamesService = ReturnType<typeof createTrailNamesService>;
