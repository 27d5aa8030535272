CREATE TABLE "payments"."crm_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"sellers_see_all_deals" boolean NOT NULL,
	"version" integer NOT NULL
);
