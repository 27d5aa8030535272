import { bigint, text, uuid } from 'drizzle-orm/pg-core';
import { auditSchema } from './audit-schema';

/**
 * The newest link of each organisation's hash chain. Appending locks the organisation's row, so the
 * entries of one organisation get consecutive sequence numbers and each hash covers the one before.
 */
export const chainHeads = auditSchema.table('chain_heads', {
  organizationId: uuid('organization_id').primaryKey(),
  sequence: bigint('sequence', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

export type ChainHeadRow = typeof chainHeads.$inferSelect;
