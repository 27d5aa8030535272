// `audit.entries` is not here: drizzle-kit cannot declare a partitioned table, so its DDL is the
// hand-written migration 0001 and its query-building definition is `../entries-table.ts`.
export * from './audit-schema';
export * from './bus';
export * from './chain-heads';
export * from './deal-access';
export * from './export-links';
