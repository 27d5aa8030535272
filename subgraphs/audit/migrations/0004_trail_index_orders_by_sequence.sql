-- Hand-written (audit.entries is outside drizzle-kit's view, see 0001). `Deal.auditTrail` orders by
-- (recorded_at DESC, sequence DESC): with `sequence` in the index, each month's index yields the deal's
-- entries in that order, the monthly partitions are appended newest first, and the page's LIMIT stops
-- the scan after the entries it shows, instead of reading and sorting every entry of the deal (ADR 0071).
CREATE INDEX IF NOT EXISTS "entries_org_deal_time_sequence_idx" ON "audit"."entries" ("organization_id", "deal_id", "recorded_at", "sequence") WHERE "deal_id" IS NOT NULL;
--> statement-breakpoint
DROP INDEX IF EXISTS "audit"."entries_org_deal_time_idx";
