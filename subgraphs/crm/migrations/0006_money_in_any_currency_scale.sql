ALTER TABLE "crm"."deals" ALTER COLUMN "expected_premium_amount" SET DATA TYPE numeric(24, 4);--> statement-breakpoint
ALTER TABLE "crm"."calculations" ALTER COLUMN "sum_insured" SET DATA TYPE numeric(24, 4);--> statement-breakpoint
ALTER TABLE "crm"."calculations" ALTER COLUMN "premium" SET DATA TYPE numeric(24, 4);--> statement-breakpoint
ALTER TABLE "crm"."calculations" ALTER COLUMN "commission_amount" SET DATA TYPE numeric(24, 4);--> statement-breakpoint
ALTER TABLE "crm"."policies" ALTER COLUMN "premium" SET DATA TYPE numeric(24, 4);--> statement-breakpoint
ALTER TABLE "crm"."policies" ALTER COLUMN "commission_amount" SET DATA TYPE numeric(24, 4);