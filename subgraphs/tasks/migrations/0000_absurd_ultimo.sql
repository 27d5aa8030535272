CREATE SCHEMA "tasks";
--> statement-breakpoint
CREATE TABLE "tasks"."tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"deal_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"author_id" uuid NOT NULL,
	"assignee_id" uuid,
	"due_date" date,
	"priority" text NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "tasks"."task_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks"."task_history" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"field" text NOT NULL,
	"from_value" text,
	"to_value" text
);
--> statement-breakpoint
CREATE TABLE "tasks"."known_users" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"roles" text[] NOT NULL,
	"active" boolean NOT NULL,
	"event_time" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks"."deal_access" (
	"deal_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"participant_ids" uuid[] NOT NULL,
	"archived" boolean NOT NULL,
	"event_time" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks"."dead_letters" (
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
CREATE TABLE "tasks"."inbox" (
	"consumer" text NOT NULL,
	"event_id" text NOT NULL,
	"org_id" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "tasks"."outbox" (
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
ALTER TABLE "tasks"."task_comments" ADD CONSTRAINT "task_comments_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "tasks"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks"."task_history" ADD CONSTRAINT "task_history_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "tasks"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tasks_assignee_due_idx" ON "tasks"."tasks" USING btree ("organization_id","assignee_id","due_date");--> statement-breakpoint
CREATE INDEX "tasks_author_due_idx" ON "tasks"."tasks" USING btree ("organization_id","author_id","due_date");--> statement-breakpoint
CREATE INDEX "tasks_deal_idx" ON "tasks"."tasks" USING btree ("deal_id") WHERE "tasks"."tasks"."deal_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "task_comments_task_idx" ON "tasks"."task_comments" USING btree ("task_id","created_at");--> statement-breakpoint
CREATE INDEX "task_history_task_idx" ON "tasks"."task_history" USING btree ("task_id","seq");--> statement-breakpoint
CREATE INDEX "known_users_organization_idx" ON "tasks"."known_users" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "deal_access_organization_owner_idx" ON "tasks"."deal_access" USING btree ("organization_id","owner_id");--> statement-breakpoint
CREATE INDEX "tasks_dead_letters_pending_idx" ON "tasks"."dead_letters" USING btree ("consumer","failed_at") WHERE replayed_at IS NULL;--> statement-breakpoint
CREATE INDEX "tasks_outbox_pending_idx" ON "tasks"."outbox" USING btree ("seq") WHERE published_at IS NULL;