CREATE TABLE "notifications"."known_users" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"roles" text[] NOT NULL,
	"active" boolean NOT NULL,
	"event_time" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications"."seen_devices" (
	"user_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"device_hash" text NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "seen_devices_user_id_device_hash_pk" PRIMARY KEY("user_id","device_hash")
);
--> statement-breakpoint
ALTER TABLE "notifications"."deal_owners" ADD COLUMN "participant_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
CREATE INDEX "known_users_organization_idx" ON "notifications"."known_users" USING btree ("organization_id");