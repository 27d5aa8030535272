CREATE TABLE "documents"."drive_operations" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"folder_id" uuid,
	"ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE INDEX "drive_operations_pending_idx" ON "documents"."drive_operations" USING btree ("seq") WHERE done_at IS NULL;