import { z } from 'zod';

/** How often the review-dates job looks for organisations whose review dates need recomputing (ADR 0046). */
export const DEFAULT_REVIEW_DATES_EVERY_MS = 5_000;

/** CRM's own settings: its process (`main.ts`) and the embedded launcher both read them from here. */
export const crmEnvShape = {
  CRM_REVIEW_DATES_EVERY_MS: z.coerce.number().int().positive().default(DEFAULT_REVIEW_DATES_EVERY_MS),
};

export interface CrmJobsConfig {
  reviewDatesEveryMs: number;
}

export function crmConfigFromEnv(env: { CRM_REVIEW_DATES_EVERY_MS: number }): CrmJobsConfig {
  return { reviewDatesEveryMs: env.CRM_REVIEW_DATES_EVERY_MS };
}
