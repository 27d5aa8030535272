CREATE TABLE "crm"."task_objects" (
	"task_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"calculation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "deals_renewal_of_policy_idx" ON "crm"."deals" USING btree ("renewal_of_policy_id") WHERE "crm"."deals"."renewal_of_policy_id" IS NOT NULL;