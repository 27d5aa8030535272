import { pgSchema } from 'drizzle-orm/pg-core';

/** Every Documents table lives in the `documents` Postgres schema; no other subgraph reads it. */
export const documentsSchema = pgSchema('documents');
