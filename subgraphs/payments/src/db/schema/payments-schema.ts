import { pgSchema } from 'drizzle-orm/pg-core';

/** Every Payments table lives in the `payments` Postgres schema; no other subgraph reads it. */
export const paymentsSchema = pgSchema('payments');
