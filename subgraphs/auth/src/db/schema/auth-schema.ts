import { pgSchema } from 'drizzle-orm/pg-core';

/** Every Auth table lives in the `auth` Postgres schema; no other subgraph reads it. */
export const authSchema = pgSchema('auth');
