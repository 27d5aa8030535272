import { pgSchema } from 'drizzle-orm/pg-core';

/** Every Tasks table lives in the `tasks` Postgres schema; no other subgraph reads it. */
export const tasksSchema = pgSchema('tasks');
