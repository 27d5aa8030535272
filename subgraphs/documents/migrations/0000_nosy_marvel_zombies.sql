CREATE SCHEMA "documents";
--> statement-breakpoint
CREATE TABLE "documents"."dead_letters" (
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
CREATE TABLE "documents"."inbox" (
	"consumer" text NOT NULL,
	"event_id" text NOT NULL,
	"org_id" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "documents"."outbox" (
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
CREATE TABLE "documents"."crm_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"sellers_see_all_deals" boolean NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents"."deal_access" (
	"deal_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"participant_ids" uuid[] NOT NULL,
	"archived" boolean NOT NULL,
	"event_time" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents"."task_assignees" (
	"deal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	CONSTRAINT "task_assignees_deal_id_user_id_pk" PRIMARY KEY("deal_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "documents"."owners" (
	"owner_id" uuid PRIMARY KEY NOT NULL,
	"owner_type" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid,
	"deal_id" uuid,
	"responsible_id" uuid,
	"title" text NOT NULL,
	"event_time" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents"."folders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"parent_id" uuid,
	"owner_type" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"section" text NOT NULL,
	"name" text NOT NULL,
	"client_id" uuid,
	"deal_id" uuid,
	"storage_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents"."file_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"original_name" text NOT NULL,
	"size" bigint NOT NULL,
	"content_type" text NOT NULL,
	"sha256" text NOT NULL,
	"author_id" uuid,
	"storage_ref" text NOT NULL,
	"storage_link" text,
	"bytes_deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents"."files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"folder_id" uuid NOT NULL,
	"deal_id" uuid,
	"client_id" uuid,
	"owner_type" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"version" integer NOT NULL,
	"size" bigint NOT NULL,
	"content_type" text NOT NULL,
	"sha256" text NOT NULL,
	"author_id" uuid,
	"origin" text NOT NULL,
	"expires_at" timestamp with time zone,
	"bytes_deleted_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"purge_after" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents"."links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"folder_id" uuid,
	"owner_type" text,
	"owner_id" uuid,
	"name" text,
	"original_name" text,
	"max_bytes" bigint,
	"version_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "documents_dead_letters_pending_idx" ON "documents"."dead_letters" USING btree ("consumer","failed_at") WHERE replayed_at IS NULL;--> statement-breakpoint
CREATE INDEX "documents_outbox_pending_idx" ON "documents"."outbox" USING btree ("seq") WHERE published_at IS NULL;--> statement-breakpoint
CREATE INDEX "task_assignees_user_idx" ON "documents"."task_assignees" USING btree ("organization_id","user_id");--> statement-breakpoint
CREATE INDEX "owners_client_idx" ON "documents"."owners" USING btree ("organization_id","client_id");--> statement-breakpoint
CREATE INDEX "owners_deal_idx" ON "documents"."owners" USING btree ("deal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "folders_owner_section_uq" ON "documents"."folders" USING btree ("organization_id","owner_id","section");--> statement-breakpoint
CREATE INDEX "folders_parent_idx" ON "documents"."folders" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "folders_deal_idx" ON "documents"."folders" USING btree ("deal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "file_versions_file_version_uq" ON "documents"."file_versions" USING btree ("file_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "files_folder_name_live_uq" ON "documents"."files" USING btree ("folder_id","name") WHERE "documents"."files"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX "files_owner_idx" ON "documents"."files" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "files_org_name_idx" ON "documents"."files" USING btree ("organization_id","name");--> statement-breakpoint
CREATE INDEX "files_expires_idx" ON "documents"."files" USING btree ("expires_at") WHERE "documents"."files"."bytes_deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX "links_expires_idx" ON "documents"."links" USING btree ("expires_at");