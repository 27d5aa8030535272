import { randomUUID } from 'node:crypto';
import { createEnvelope, eventContracts, type EventEnvelope, type EventPayload } from '@crm/contracts';
import type { Identity, UserIdentity } from '@crm/platform';
import { createSubgraphHarness, type TestDatabase } from '@crm/platform/testing';
import { sql, type SQL } from 'drizzle-orm';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import type { Clock } from '../clock';
import type { PaymentsConfig } from '../config';
import { inbox } from '../db/schema';
import { createPaymentsSubgraph, type PaymentsSubgraph } from '../index';

export type PolicyEventData = EventPayload<'crm.policy.created'>;

export interface PaymentsHarness {
  database: TestDatabase;
  payments: PaymentsSubgraph;
  schema: GraphQLSchema;
  run<T = Record<string, unknown>>(query: string, options?: { variables?: Record<string, unknown>; identity?: Identity | null }): Promise<ExecutionResult<T>>;
  /** Delivers an event to every consumer that takes it, the way the bus does (inbox dedupe in the same transaction). */
  deliver(envelope: EventEnvelope): Promise<void>;
  /** Events published so far, oldest first, optionally of one type. */
  published<T = unknown>(type?: string): Promise<EventEnvelope<T>[]>;
  close(): Promise<void>;
}

export async function createPaymentsHarness(options: { clock?: Clock; config?: Partial<PaymentsConfig> } = {}): Promise<PaymentsHarness> {
  const base = await createSubgraphHarness('payments', ({ db, logger }) =>
    createPaymentsSubgraph({ db, logger, ...(options.clock ? { clock: options.clock } : {}), ...(options.config ? { config: options.config } : {}) }),
  );
  const { database, db, module: payments, schema, run } = base;

  return {
    database,
    payments,
    schema,
    run,
    async deliver(envelope) {
      for (const consumer of payments.consumers ?? []) {
        if (!consumer.events.includes(envelope.type)) continue;
        await db.transaction(async (tx) => {
          const fresh = await tx.insert(inbox).values({ consumer: consumer.name, eventId: envelope.id, orgId: envelope.orgid }).onConflictDoNothing().returning();
          if (fresh.length) await consumer.handle(envelope, tx);
        });
      }
    },
    published: (type) => base.published(type),
    close: () => database.drop(),
  };
}

export function userIdentity(orgId: string, roles: UserIdentity['roles'] = ['SELLER'], userId: string = randomUUID()): UserIdentity {
  return { kind: 'user', userId, orgId, roles };
}

const rub = (amount: string) => ({ amount, currency: 'RUB' });

/** A policy as CRM publishes it: 120 000 RUB in 4 quarterly instalments, 15 % commission, one expense. */
export function policyData(overrides: Partial<PolicyEventData> = {}): PolicyEventData {
  return {
    policyId: randomUUID(),
    dealId: randomUUID(),
    organizationId: randomUUID(),
    clientId: randomUUID(),
    dealOwnerId: randomUUID(),
    version: 1,
    number: 'KASKO-0001',
    insurerName: 'Ingosstrakh',
    productName: 'KASKO',
    startDate: '2030-01-01',
    endDate: '2030-12-31',
    status: 'ACTIVE',
    premium: rub('120000.00'),
    instalments: ['2030-01-15', '2030-04-15', '2030-07-15', '2030-10-15'].map((dueDate) => ({ dueDate, amount: rub('30000.00') })),
    commission: { kind: 'RATE', rate: '0.15' },
    plannedExpenses: [{ description: 'Sub-agent fee', amount: rub('2500.00'), dueDate: '2030-02-01' }],
    renewalOfPolicyId: null,
    ...overrides,
  };
}

export function policyEvent(data: PolicyEventData, type: 'crm.policy.created' | 'crm.policy.updated' = 'crm.policy.created', id?: string): EventEnvelope {
  const payload = type === 'crm.policy.updated' ? { ...data, changedFields: ['instalments'] } : data;
  return createEnvelope({ source: '/subgraphs/crm', type, version: eventContracts[type].version, orgId: data.organizationId, actorId: data.dealOwnerId, subject: data.policyId, data: payload, ...(id ? { id } : {}) });
}

export const SCHEDULE_QUERY = /* GraphQL */ `
  query Schedule($policyId: ID!) {
    policySchedule(policyId: $policyId) {
      policyId
      version
      termsVersion
      nextUnpaidDueDate
      hasOpenConflicts
      conflicts { id code itemId message }
      instalments { id dueDate amount { amount currency } paid { amount } status origin version payments { id amount { amount } date method reversesEntryId reversedByEntryId } }
      commissionIncomes { id expectedDate amount { amount } received { amount } status version receipts { id amount { amount } statementReference } }
      expenses { id description dueDate amount { amount } paid { amount } status version }
      summary {
        premiumPlanned { amount } premiumPaid { amount } premiumOutstanding { amount }
        commissionPlanned { amount } commissionReceived { amount } commissionOutstanding { amount }
        expensesPlanned { amount } expensesPaid { amount } netIncome { amount } netIncomePlanned { amount }
      }
    }
  }
`;

interface Amount {
  amount: string;
}
export interface ScheduleResult {
  policySchedule: {
    policyId: string;
    version: number;
    termsVersion: number;
    nextUnpaidDueDate: string | null;
    hasOpenConflicts: boolean;
    conflicts: { id: string; code: string; itemId: string | null; message: string }[];
    instalments: { id: string; dueDate: string; amount: Amount & { currency: string }; paid: Amount; status: string; origin: string; version: number; payments: { id: string; amount: Amount; date: string; method: string | null; reversesEntryId: string | null; reversedByEntryId: string | null }[] }[];
    commissionIncomes: { id: string; expectedDate: string | null; amount: Amount; received: Amount; status: string; version: number; receipts: { id: string; amount: Amount; statementReference: string | null }[] }[];
    expenses: { id: string; description: string; dueDate: string | null; amount: Amount; paid: Amount; status: string; version: number }[];
    summary: Record<string, Amount>;
  } | null;
}

export { firstError } from '@crm/platform/testing';

/** `SELECT count(*)` of a query, the same on pg and PGlite. */
export async function countRows(harness: PaymentsHarness, query: SQL): Promise<number> {
  // Both drivers return `{ rows }`; the shared Db type cannot say so.
  const result = (await harness.database.handle.db.execute(sql`SELECT count(*)::int AS count FROM (${query}) AS counted`)) as unknown as { rows: { count: number }[] };
  return Number(result.rows[0]?.count ?? 0);
}
