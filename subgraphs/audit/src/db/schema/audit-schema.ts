import { pgSchema } from 'drizzle-orm/pg-core';

/** Every Audit table lives in the `audit` Postgres schema; no other subgraph reads it. */
export const auditSchema = pgSchema('audit');
