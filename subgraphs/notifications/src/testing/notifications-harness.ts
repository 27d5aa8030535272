import { createEnvelope, type EventPayload, type EventType } from '@crm/contracts';
import { createLogger, runMigrations } from '@crm/platform';
import { createTestDatabase, type TestDatabase } from '@crm/platform/testing';
import { asc } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { NotificationsConfig } from '../config';
import { notifications, type NotificationRow } from '../db/schema';
import { createNotificationsSubgraph, type NotificationsSubgraph } from '../index';

/** A migrated database (PGlite or PostgreSQL by test mode) and the Notifications module, fed the way the bus feeds it. */
export interface NotificationsHarness {
  database: TestDatabase;
  module: NotificationsSubgraph;
  /** Delivers an event to every consumer that subscribes to it, each inside a transaction, as the bus does. */
  deliver<T extends EventType>(type: T, data: EventPayload<T>, options?: { id?: string; actorId?: string }): Promise<void>;
  /**
   * Delivers events as RabbitMQ's batch path does: each consumer gets, in one transaction, those it
   * subscribes to, in the given order (the inbox's deduplication is the bus's, not tested here).
   */
  deliverBatch(events: readonly BatchEvent[]): Promise<void>;
  /** Every notification written, oldest first. */
  written(): Promise<NotificationRow[]>;
  close(): Promise<void>;
}

export type BatchEvent = { [T in EventType]: { type: T; data: EventPayload<T>; id?: string; actorId?: string } }[EventType];

export async function createNotificationsHarness(options: { clock?: Clock; config?: Partial<NotificationsConfig> } = {}): Promise<NotificationsHarness> {
  const database = await createTestDatabase();
  const module = createNotificationsSubgraph({
    db: database.handle.db,
    logger: createLogger({ name: 'notifications-test', level: 'silent' }),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.config ? { config: options.config } : {}),
  });
  await runMigrations(database.handle, [module.migrations]);
  return {
    database,
    module,
    async deliver(type, data, { id, actorId } = {}) {
      const orgId = (data as { organizationId: string }).organizationId;
      const envelope = createEnvelope({ source: '/test', type, version: 1, orgId, actorId, data, ...(id ? { id } : {}) });
      for (const consumer of module.consumers ?? []) {
        if (consumer.events.includes(type)) await database.handle.db.transaction((tx) => consumer.handle(envelope, tx));
      }
    },
    async deliverBatch(events) {
      const envelopes = events.map(({ type, data, id, actorId }) => createEnvelope({ source: '/test', type, version: 1, orgId: (data as { organizationId: string }).organizationId, actorId, data, ...(id ? { id } : {}) }));
      for (const consumer of module.consumers ?? []) {
        const mine = envelopes.filter((envelope) => consumer.events.includes(envelope.type));
        if (mine.length > 0) await database.handle.db.transaction((tx) => consumer.batch!.handle(mine, tx));
      }
    },
    written: () => database.handle.db.select().from(notifications).orderBy(asc(notifications.createdAt), asc(notifications.id)),
    close: () => database.drop(),
  };
}
