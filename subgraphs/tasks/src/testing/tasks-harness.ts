import { randomUUID } from 'node:crypto';
import { createEnvelope, type EventPayload, type Role } from '@crm/contracts';
import type { UserIdentity } from '@crm/platform';
import { createSubgraphHarness, type TestDatabase } from '@crm/platform/testing';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import type { Clock } from '../clock';
import type { TasksConfig } from '../config';
import { createTasksSubgraph, type TasksSubgraph } from '../index';

export interface TestUser extends UserIdentity {
  /** The e-mail announced in `auth.user.created`. */
  readonly email: string;
}

/** A migrated database (PGlite or PostgreSQL by test mode), the Tasks module, and read models fed through its own consumers. */
export interface TasksHarness {
  database: TestDatabase;
  tasks: TasksSubgraph;
  schema: GraphQLSchema;
  run<T = Record<string, unknown>>(query: string, options?: { variables?: Record<string, unknown>; identity?: UserIdentity | null }): Promise<ExecutionResult<T>>;
  /** A user of `orgId` announced to Tasks through `auth.user.created` (as Auth would). */
  user(roles: Role[], orgId?: string): Promise<TestUser>;
  /** Delivers an event to the consumer that subscribes to it, the way the bus does (inside a transaction). */
  deliver<T extends 'auth.user.created' | 'auth.user.roles_changed' | 'auth.user.deactivated' | 'crm.deal.created' | 'crm.deal.updated' | 'crm.settings.changed' | 'crm.calculation.added'>(
    type: T,
    data: EventPayload<T>,
    time?: Date,
  ): Promise<void>;
  /** A deal as CRM would announce it; returns its id. */
  deal(owner: UserIdentity, participants?: string[], options?: { archived?: boolean; dealId?: string }): Promise<string>;
  /** Event types and payloads in the outbox, oldest first. */
  published(): Promise<{ type: string; data: Record<string, unknown> }[]>;
  close(): Promise<void>;
}

export const DEFAULT_ORG = '00000000-0000-4000-8000-00000000000a';

export async function createTasksHarness(options: { clock?: Clock; config?: Partial<TasksConfig> } = {}): Promise<TasksHarness> {
  const base = await createSubgraphHarness('tasks', ({ db, logger }) =>
    createTasksSubgraph({
      db,
      logger,
      config: { dealAccessWaitMs: 200, dealAccessPollMs: 20, ...options.config },
      ...(options.clock ? { clock: options.clock } : {}),
    }),
  );
  const { database, module: tasks, schema, run } = base;

  const deliver: TasksHarness['deliver'] = async (type, data, time) => {
    const consumer = tasks.consumers?.find((c) => c.events.includes(type));
    if (!consumer) throw new Error(`no consumer for ${type}`);
    const envelope = createEnvelope({ source: '/test', type, version: 1, orgId: data.organizationId, data, ...(time ? { time } : {}) });
    await database.handle.db.transaction((tx) => consumer.handle(envelope, tx));
  };

  return {
    database,
    tasks,
    schema,
    run,
    async user(roles, orgId = DEFAULT_ORG) {
      const userId = randomUUID();
      const email = `${userId.slice(0, 8)}@test.local`;
      await deliver('auth.user.created', { userId, organizationId: orgId, email, displayName: email, roles });
      return { kind: 'user', userId, orgId, roles, email };
    },
    deliver,
    async deal(owner, participants = [], { archived = false, dealId = randomUUID() } = {}) {
      await deliver('crm.deal.created', {
        dealId,
        organizationId: owner.orgId,
        clientId: randomUUID(),
        ownerId: owner.userId,
        participantIds: participants,
        title: 'Deal',
        stage: 'NEW',
        archived,
        reviewDate: null,
      });
      return dealId;
    },
    async published() {
      const envelopes = await base.published();
      return envelopes.map((envelope) => ({ type: envelope.type, data: envelope.data as Record<string, unknown> }));
    },
    close: () => database.drop(),
  };
}

export { firstError } from '@crm/platform/testing';
