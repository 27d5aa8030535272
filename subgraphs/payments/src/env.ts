import { z } from 'zod';
import { defaultPaymentsConfig, type PaymentsConfig } from './config';

/**
 * Payments' own settings: its process (`main.ts`) and the embedded launcher both read them from here.
 * The brokerage's time zone is an organisation setting in CRM now (ADR 0046), not PAYMENTS_TIME_ZONE.
 */
export const paymentsEnvShape = {
  PAYMENTS_OVERDUE_EVERY_MS: z.coerce.number().int().positive().default(defaultPaymentsConfig.overdueJobEveryMs),
};

export function paymentsConfigFromEnv(env: { PAYMENTS_OVERDUE_EVERY_MS: number }): Partial<PaymentsConfig> {
  return { overdueJobEveryMs: env.PAYMENTS_OVERDUE_EVERY_MS };
}
