import { isNull, sql } from 'drizzle-orm';
import { Gauge, type Registry } from 'prom-client';
import type { BusEndpoint } from '../bus/types';
import type { DatabaseHandle } from '../db';

/**
 * Read at scrape time from the subgraphs' own tables (ADR 0057), so every replica reports the same
 * truth (dashboards take `max by (source)`): the age and count of outbox rows not yet relayed, and dead
 * letters waiting for an operator. A failing query leaves the series out of that scrape.
 */
export function outboxMetrics(registry: Registry, endpoints: readonly Pick<BusEndpoint, 'name' | 'db' | 'tables'>[]): void {
  async function unsent() {
    return Promise.all(
      endpoints.map(async ({ name, db, tables }) => {
        const [row] = await db
          .select({ count: sql<string>`count(*)`, oldest: sql<string | null>`extract(epoch from now() - min(${tables.outbox.createdAt}))` })
          .from(tables.outbox)
          .where(isNull(tables.outbox.publishedAt));
        return { source: name, count: Number(row?.count ?? 0), oldest: Number(row?.oldest ?? 0) };
      }),
    );
  }
  new Gauge({
    name: 'outbox_oldest_unsent_seconds',
    help: 'Age of the oldest outbox event not yet relayed to the bus (0 when none), by source subgraph',
    labelNames: ['source'],
    registers: [registry],
    async collect() {
      for (const row of await unsent().catch(() => [])) this.set({ source: row.source }, Math.max(0, row.oldest));
    },
  });
  new Gauge({
    name: 'outbox_unsent_events',
    help: 'Outbox events not yet relayed to the bus, by source subgraph',
    labelNames: ['source'],
    registers: [registry],
    async collect() {
      for (const row of await unsent().catch(() => [])) this.set({ source: row.source }, row.count);
    },
  });
  new Gauge({
    name: 'dead_letters_pending',
    help: 'Dead-lettered events not yet replayed, by consumer',
    labelNames: ['consumer'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const { db, tables } of endpoints) {
        const rows = await db
          .select({ consumer: tables.deadLetters.consumer, count: sql<string>`count(*)` })
          .from(tables.deadLetters)
          .where(isNull(tables.deadLetters.replayedAt))
          .groupBy(tables.deadLetters.consumer)
          .catch(() => []);
        for (const row of rows) this.set({ consumer: row.consumer }, Number(row.count));
      }
    },
  });
}

/** `db_pool_connections{state}`: total, idle, waiting clients and the pool's maximum (pg only). */
export function dbPoolMetrics(registry: Registry, database: Pick<DatabaseHandle, 'poolStats'>): void {
  const stats = database.poolStats?.bind(database);
  if (!stats) return;
  new Gauge({
    name: 'db_pool_connections',
    help: 'PostgreSQL pool: connections open (total), idle, requests waiting for one, and the maximum',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const { total, idle, waiting, max } = stats();
      this.set({ state: 'total' }, total);
      this.set({ state: 'idle' }, idle);
      this.set({ state: 'waiting' }, waiting);
      this.set({ state: 'max' }, max);
    },
  });
}
