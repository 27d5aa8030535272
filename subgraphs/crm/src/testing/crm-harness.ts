import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@crm/contracts';
import type { Db, Role, UserIdentity } from '@crm/platform';
import { createSubgraphHarness, type TestDatabase } from '@crm/platform/testing';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import type { Clock } from '../clock';
import { seedCrmDemoData } from '../demo-seed';
import { createCrmSubgraph, type CrmSubgraph } from '../index';

export interface TestOrg {
  orgId: string;
  admin: UserIdentity;
  seller: UserIdentity;
  otherSeller: UserIdentity;
  executor: UserIdentity;
}

/** A migrated database (PGlite or PostgreSQL by test mode), the CRM module, and a way to call it as anyone. */
export interface CrmHarness {
  database: TestDatabase;
  db: Db;
  crm: CrmSubgraph;
  schema: GraphQLSchema;
  run<T = Record<string, unknown>>(query: string, options: { variables?: Record<string, unknown>; identity: UserIdentity | null }): Promise<ExecutionResult<T>>;
  /** Runs `query` and fails loudly on errors. */
  ok<T = Record<string, unknown>>(query: string, identity: UserIdentity, variables?: Record<string, unknown>): Promise<T>;
  createOrg(): Promise<TestOrg>;
  /** The ids of an insurer and one of its products in the organisation (demo reference lists). */
  reference(orgId: string): Promise<{ insurerId: string; productId: string; otherInsurerId: string; otherProductId: string }>;
  /** Events written to the outbox so far, oldest first. */
  published(type?: string): Promise<EventEnvelope[]>;
  /** Counts SQL statements the database runs during `work` (outside transactions). */
  countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
  close(): Promise<void>;
}

const user = (orgId: string, ...roles: Role[]): UserIdentity => ({ kind: 'user', userId: randomUUID(), orgId, roles });

export async function createCrmHarness(options: { clock?: Clock } = {}): Promise<CrmHarness> {
  const base = await createSubgraphHarness('crm', ({ db, logger }) => createCrmSubgraph({ db, logger, ...(options.clock ? { clock: options.clock } : {}) }));
  const { database, db, module: crm, schema, run } = base;

  return {
    database,
    db,
    crm,
    schema,
    run,
    async ok(query, identity, variables) {
      const result = await run(query, { identity, variables });
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as never;
    },
    async createOrg() {
      const orgId = randomUUID();
      await seedCrmDemoData(db, orgId);
      const org = { orgId, admin: user(orgId, 'ADMIN'), seller: user(orgId, 'SELLER'), otherSeller: user(orgId, 'SELLER'), executor: user(orgId, 'EXECUTOR') };
      // What Auth's `auth.user.created` tells CRM's users read model about each of them.
      for (const member of [org.admin, org.seller, org.otherSeller, org.executor]) {
        await crm.services.knownUsers.apply(db, { userId: member.userId, organizationId: orgId, roles: member.roles, active: true, eventTime: new Date() });
      }
      return org;
    },
    async reference(orgId) {
      const identity = user(orgId, 'ADMIN');
      const data = await run<{ insurers: { id: string; name: string; products: { id: string; name: string }[] }[] }>(
        '{ insurers { id name products { id name } } }',
        { identity },
      );
      const [first, second] = data.data!.insurers.filter((i) => i.products.length > 0);
      return { insurerId: first!.id, productId: first!.products[0]!.id, otherInsurerId: second!.id, otherProductId: second!.products[0]!.id };
    },
    published: (type) => base.published(type),
    async countStatements(work) {
      // Drizzle logs each statement through its session's logger just before running it.
      const session = (db as unknown as { session: { logger: { logQuery(query: string, params: unknown[]): void } } }).session;
      const original = session.logger;
      const statements: string[] = [];
      session.logger = { logQuery: (query) => statements.push(query) };
      try {
        return { result: await work(), statements };
      } finally {
        session.logger = original;
      }
    },
    close: () => database.drop(),
  };
}

export { firstError } from '@crm/platform/testing';
