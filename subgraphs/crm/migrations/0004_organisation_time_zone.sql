ALTER TABLE "crm"."org_settings" ADD COLUMN "time_zone" text DEFAULT 'Europe/Moscow' NOT NULL;--> statement-breakpoint
ALTER TABLE "crm"."org_settings" ADD COLUMN "review_dates_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Review dates of existing organisations already follow their settings: no recompute pass on upgrade (ADR 0046).
UPDATE "crm"."org_settings" SET "review_dates_version" = "version";
