CREATE TABLE "tasks"."deal_calculations" (
	"calculation_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"deal_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE INDEX "deal_calculations_organization_idx" ON "tasks"."deal_calculations" USING btree ("organization_id");