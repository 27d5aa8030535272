import { pgSchema } from 'drizzle-orm/pg-core';

/** Every CRM table lives in the `crm` Postgres schema; no other subgraph reads it. */
export const crmSchema = pgSchema('crm');
