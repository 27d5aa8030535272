-- Hand-written: drizzle-kit cannot declare a partitioned table (src/db/entries-table.ts mirrors it for queries).
-- The trail of every action and domain event, one partition per calendar month (UTC) of `recorded_at`.
CREATE TABLE "audit"."entries" (
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"sequence" bigint NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"channel" text NOT NULL,
	"request_id" text,
	"trace_id" text,
	"operation_name" text,
	"entity_type" text,
	"entity_id" text,
	"deal_id" uuid,
	"action" text NOT NULL,
	"outcome" text NOT NULL,
	"changes" jsonb,
	"details" jsonb,
	"previous_hash" text NOT NULL,
	"hash" text NOT NULL,
	PRIMARY KEY ("recorded_at", "id")
) PARTITION BY RANGE ("recorded_at");
--> statement-breakpoint
CREATE INDEX "entries_org_entity_time_idx" ON "audit"."entries" ("organization_id", "entity_type", "entity_id", "recorded_at");
--> statement-breakpoint
CREATE INDEX "entries_org_actor_time_idx" ON "audit"."entries" ("organization_id", "actor_id", "recorded_at");
--> statement-breakpoint
CREATE INDEX "entries_org_deal_time_idx" ON "audit"."entries" ("organization_id", "deal_id", "recorded_at") WHERE "deal_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "entries_org_time_idx" ON "audit"."entries" ("organization_id", "recorded_at", "sequence");
--> statement-breakpoint
CREATE INDEX "entries_org_sequence_idx" ON "audit"."entries" ("organization_id", "sequence");
--> statement-breakpoint
-- Append-only, whoever connects: a superuser ignores revoked privileges, not a trigger. An operator
-- removes old months by detaching their partitions (docs/operations.md), which fires no row trigger.
CREATE FUNCTION "audit"."refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'audit.entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER "entries_append_only" BEFORE UPDATE OR DELETE ON "audit"."entries" FOR EACH ROW EXECUTE FUNCTION "audit"."refuse_change"();
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON "audit"."entries" FROM PUBLIC, CURRENT_USER;
--> statement-breakpoint
-- The month partition holding `month_start` (UTC), created if missing, with the same privileges revoked
-- (a partition reached by name checks its own). Called by the migration, the `audit.partitions` job and,
-- for a month the job has not reached yet, by the first write into it.
CREATE FUNCTION "audit"."ensure_month_partition"(month_start timestamp with time zone) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	first_day timestamp := date_trunc('month', month_start AT TIME ZONE 'UTC');
	partition_name text := format('entries_%s', to_char(first_day, 'YYYY_MM'));
BEGIN
	IF to_regclass(format('audit.%I', partition_name)) IS NULL THEN
		EXECUTE format(
			'CREATE TABLE IF NOT EXISTS audit.%I PARTITION OF audit.entries FOR VALUES FROM (%L) TO (%L)',
			partition_name, first_day AT TIME ZONE 'UTC', (first_day + interval '1 month') AT TIME ZONE 'UTC'
		);
		EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit.%I FROM PUBLIC, CURRENT_USER', partition_name);
	END IF;
	RETURN partition_name;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
	FOR i IN 0..3 LOOP
		PERFORM "audit"."ensure_month_partition"(now() + make_interval(months => i));
	END LOOP;
END
$$;
