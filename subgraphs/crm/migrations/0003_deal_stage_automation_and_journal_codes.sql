ALTER TABLE "crm"."deals" ADD COLUMN "stage_set_by_hand_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "crm"."journal_entries" ADD COLUMN "text_reason" text;--> statement-breakpoint
ALTER TABLE "crm"."journal_entries" ADD COLUMN "text_params" jsonb;