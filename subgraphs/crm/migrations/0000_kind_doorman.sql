CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE SCHEMA "crm";
--> statement-breakpoint
CREATE TABLE "crm"."org_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"renewal_lead_days" integer DEFAULT 30 NOT NULL,
	"sellers_see_all_deals" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crm"."insurance_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"insurer_id" uuid,
	"name" text NOT NULL,
	"insurance_type" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crm"."insurers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crm"."clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"display_name" text NOT NULL,
	"first_name" text,
	"last_name" text,
	"middle_name" text,
	"company_name" text,
	"phones" text[] DEFAULT '{}' NOT NULL,
	"emails" text[] DEFAULT '{}' NOT NULL,
	"phones_normalized" text[] DEFAULT '{}' NOT NULL,
	"emails_normalized" text[] DEFAULT '{}' NOT NULL,
	"inn" text,
	"birth_date" date,
	"registration_data" text,
	"address" text,
	"notes" text,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"owner_id" uuid NOT NULL,
	"search_text" text NOT NULL,
	"merged_into_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crm"."deal_participants" (
	"deal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deal_participants_deal_id_user_id_pk" PRIMARY KEY("deal_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "crm"."deals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"stage" text DEFAULT 'NEW' NOT NULL,
	"loss_reason" text,
	"insurance_type" text,
	"source" text,
	"expected_premium_amount" numeric(20, 2),
	"expected_premium_currency" text,
	"review_date" date,
	"review_date_manual" boolean DEFAULT false NOT NULL,
	"review_date_reason" text,
	"review_due_published_for" date,
	"archived" boolean DEFAULT false NOT NULL,
	"renewal_of_policy_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crm"."journal_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"author_id" uuid,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crm"."journal_entry_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"author_id" uuid,
	"written_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crm"."calculations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"insurer_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"insured_object" text,
	"currency" text NOT NULL,
	"sum_insured" numeric(20, 2),
	"premium" numeric(20, 2),
	"commission_rate" numeric(12, 6),
	"commission_amount" numeric(20, 2),
	"deductible" text,
	"terms" text,
	"valid_until" date,
	"variant_label" text,
	"notes" text,
	"author_id" uuid NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crm"."policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"calculation_id" uuid,
	"number" text NOT NULL,
	"insurer_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"insured_object" text,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"currency" text NOT NULL,
	"premium" numeric(20, 2) NOT NULL,
	"instalments" jsonb NOT NULL,
	"commission_rate" numeric(12, 6),
	"commission_amount" numeric(20, 2),
	"planned_expenses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"next_unpaid_due_date" date,
	"schedule_as_of" timestamp with time zone,
	"renewal_of_policy_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crm"."dead_letters" (
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
CREATE TABLE "crm"."inbox" (
	"consumer" text NOT NULL,
	"event_id" text NOT NULL,
	"org_id" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "crm"."outbox" (
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
ALTER TABLE "crm"."insurance_products" ADD CONSTRAINT "insurance_products_insurer_id_insurers_id_fk" FOREIGN KEY ("insurer_id") REFERENCES "crm"."insurers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm"."clients" ADD CONSTRAINT "clients_merged_into_id_clients_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "crm"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm"."deal_participants" ADD CONSTRAINT "deal_participants_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "crm"."deals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm"."deals" ADD CONSTRAINT "deals_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "crm"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm"."journal_entries" ADD CONSTRAINT "journal_entries_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "crm"."deals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm"."journal_entry_revisions" ADD CONSTRAINT "journal_entry_revisions_entry_id_journal_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "crm"."journal_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm"."calculations" ADD CONSTRAINT "calculations_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "crm"."deals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm"."calculations" ADD CONSTRAINT "calculations_insurer_id_insurers_id_fk" FOREIGN KEY ("insurer_id") REFERENCES "crm"."insurers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm"."calculations" ADD CONSTRAINT "calculations_product_id_insurance_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "crm"."insurance_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm"."policies" ADD CONSTRAINT "policies_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "crm"."deals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm"."policies" ADD CONSTRAINT "policies_calculation_id_calculations_id_fk" FOREIGN KEY ("calculation_id") REFERENCES "crm"."calculations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm"."policies" ADD CONSTRAINT "policies_insurer_id_insurers_id_fk" FOREIGN KEY ("insurer_id") REFERENCES "crm"."insurers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm"."policies" ADD CONSTRAINT "policies_product_id_insurance_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "crm"."insurance_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm"."policies" ADD CONSTRAINT "policies_renewal_of_policy_id_policies_id_fk" FOREIGN KEY ("renewal_of_policy_id") REFERENCES "crm"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "insurance_products_organization_idx" ON "crm"."insurance_products" USING btree ("organization_id","insurer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "insurers_organization_name_key" ON "crm"."insurers" USING btree ("organization_id",lower("name"));--> statement-breakpoint
CREATE INDEX "clients_organization_name_idx" ON "crm"."clients" USING btree ("organization_id",lower("display_name"),"id");--> statement-breakpoint
CREATE INDEX "clients_search_text_trgm_idx" ON "crm"."clients" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "clients_phones_normalized_idx" ON "crm"."clients" USING gin ("phones_normalized");--> statement-breakpoint
CREATE INDEX "clients_emails_normalized_idx" ON "crm"."clients" USING gin ("emails_normalized");--> statement-breakpoint
CREATE INDEX "clients_organization_inn_idx" ON "crm"."clients" USING btree ("organization_id","inn") WHERE "crm"."clients"."inn" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "deal_participants_user_idx" ON "crm"."deal_participants" USING btree ("organization_id","user_id");--> statement-breakpoint
CREATE INDEX "deals_organization_review_date_idx" ON "crm"."deals" USING btree ("organization_id","review_date","id") WHERE "crm"."deals"."archived" = false AND "crm"."deals"."review_date" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "deals_organization_updated_idx" ON "crm"."deals" USING btree ("organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "deals_organization_owner_updated_idx" ON "crm"."deals" USING btree ("organization_id","owner_id","updated_at");--> statement-breakpoint
CREATE INDEX "deals_organization_stage_idx" ON "crm"."deals" USING btree ("organization_id","stage");--> statement-breakpoint
CREATE INDEX "deals_client_idx" ON "crm"."deals" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "deals_title_trgm_idx" ON "crm"."deals" USING gin (lower("title") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "journal_entries_deal_created_idx" ON "crm"."journal_entries" USING btree ("deal_id","created_at","id");--> statement-breakpoint
CREATE INDEX "journal_entry_revisions_entry_idx" ON "crm"."journal_entry_revisions" USING btree ("entry_id","version");--> statement-breakpoint
CREATE INDEX "calculations_deal_idx" ON "crm"."calculations" USING btree ("deal_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "policies_organization_insurer_number_key" ON "crm"."policies" USING btree ("organization_id","insurer_id","number");--> statement-breakpoint
CREATE INDEX "policies_deal_idx" ON "crm"."policies" USING btree ("deal_id");--> statement-breakpoint
CREATE INDEX "crm_dead_letters_pending_idx" ON "crm"."dead_letters" USING btree ("consumer","failed_at") WHERE replayed_at IS NULL;--> statement-breakpoint
CREATE INDEX "crm_outbox_pending_idx" ON "crm"."outbox" USING btree ("seq") WHERE published_at IS NULL;