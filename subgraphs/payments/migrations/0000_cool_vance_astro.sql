CREATE SCHEMA "payments";
--> statement-breakpoint
CREATE TABLE "payments"."policies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"deal_owner_id" uuid NOT NULL,
	"number" text NOT NULL,
	"insurer_name" text NOT NULL,
	"product_name" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"status" text NOT NULL,
	"currency" text NOT NULL,
	"premium" numeric NOT NULL,
	"commission_kind" text NOT NULL,
	"commission_rate" numeric,
	"commission_amount" numeric,
	"terms_version" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments"."schedule_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"policy_id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"position" integer,
	"description" text,
	"due_date" date,
	"amount" numeric NOT NULL,
	"settled" numeric DEFAULT '0' NOT NULL,
	"currency" text NOT NULL,
	"status" text DEFAULT 'PLANNED' NOT NULL,
	"origin" text DEFAULT 'TERMS' NOT NULL,
	"has_actuals" boolean DEFAULT false NOT NULL,
	"overdue_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments"."ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"policy_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount" numeric NOT NULL,
	"currency" text NOT NULL,
	"on_date" date NOT NULL,
	"method" text,
	"statement_reference" text,
	"note" text,
	"reverses_entry_id" uuid,
	"actor_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_reverses_entry_id_unique" UNIQUE("reverses_entry_id")
);
--> statement-breakpoint
CREATE TABLE "payments"."schedule_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"policy_id" uuid NOT NULL,
	"item_id" uuid,
	"code" text NOT NULL,
	"message" text NOT NULL,
	"terms_version" integer NOT NULL,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"resolution" text
);
--> statement-breakpoint
CREATE TABLE "payments"."deal_access" (
	"deal_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"participant_ids" uuid[] NOT NULL,
	"archived" boolean NOT NULL,
	"state_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments"."dead_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consumer" text NOT NULL,
	"event_id" text NOT NULL,
	"org_id" text NOT NULL,
	"type" text NOT NULL,
	"envelope" jsonb NOT NULL,
	"error" text NOT NULL,
	"attempts" integer NOT NULL,
	"failed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"replayed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "payments"."inbox" (
	"consumer" text NOT NULL,
	"event_id" text NOT NULL,
	"org_id" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "payments"."outbox" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"org_id" text NOT NULL,
	"type" text NOT NULL,
	"envelope" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	CONSTRAINT "outbox_id_unique" UNIQUE("id")
);
--> statement-breakpoint
ALTER TABLE "payments"."schedule_items" ADD CONSTRAINT "schedule_items_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "payments"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments"."ledger_entries" ADD CONSTRAINT "ledger_entries_item_id_schedule_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "payments"."schedule_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments"."ledger_entries" ADD CONSTRAINT "ledger_entries_reverses_entry_id_ledger_entries_id_fk" FOREIGN KEY ("reverses_entry_id") REFERENCES "payments"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments"."schedule_conflicts" ADD CONSTRAINT "schedule_conflicts_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "payments"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "policies_deal_idx" ON "payments"."policies" USING btree ("organization_id","deal_id");--> statement-breakpoint
CREATE INDEX "policies_owner_idx" ON "payments"."policies" USING btree ("organization_id","deal_owner_id");--> statement-breakpoint
CREATE INDEX "schedule_items_policy_idx" ON "payments"."schedule_items" USING btree ("policy_id","kind","position");--> statement-breakpoint
CREATE INDEX "schedule_items_deal_idx" ON "payments"."schedule_items" USING btree ("organization_id","deal_id");--> statement-breakpoint
CREATE INDEX "schedule_items_due_idx" ON "payments"."schedule_items" USING btree ("kind","status","due_date");--> statement-breakpoint
CREATE INDEX "ledger_entries_item_idx" ON "payments"."ledger_entries" USING btree ("item_id","created_at");--> statement-breakpoint
CREATE INDEX "ledger_entries_report_idx" ON "payments"."ledger_entries" USING btree ("organization_id","kind","on_date");--> statement-breakpoint
CREATE INDEX "schedule_conflicts_policy_idx" ON "payments"."schedule_conflicts" USING btree ("policy_id","detected_at");--> statement-breakpoint
CREATE INDEX "payments_dead_letters_pending_idx" ON "payments"."dead_letters" USING btree ("consumer","failed_at") WHERE replayed_at IS NULL;--> statement-breakpoint
CREATE INDEX "payments_outbox_pending_idx" ON "payments"."outbox" USING btree ("seq") WHERE published_at IS NULL;