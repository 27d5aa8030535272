CREATE TABLE "notifications"."crm_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"sellers_see_all_deals" boolean NOT NULL,
	"time_zone" text DEFAULT 'Europe/Moscow' NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifications"."user_settings" ADD COLUMN "digest_time" text;