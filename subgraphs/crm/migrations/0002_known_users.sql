CREATE TABLE "crm"."known_users" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"roles" text[] NOT NULL,
	"active" boolean NOT NULL,
	"event_time" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "known_users_organization_idx" ON "crm"."known_users" USING btree ("organization_id");