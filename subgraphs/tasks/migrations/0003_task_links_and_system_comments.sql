ALTER TABLE "tasks"."tasks" ADD COLUMN "calculation_id" uuid;--> statement-breakpoint
ALTER TABLE "tasks"."tasks" ADD COLUMN "policy_id" uuid;--> statement-breakpoint
ALTER TABLE "tasks"."task_comments" ADD COLUMN "kind" text DEFAULT 'USER' NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks"."task_comments" ADD COLUMN "reason_code" text;