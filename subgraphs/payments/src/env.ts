import { z } from 'zod';
import { defaultPaymentsConfig, type PaymentsConfig } from './config';

/** Payments' own settings: its process (`main.ts`) and the embedded launcher both read them from here. */
export const paymentsEnvShape = {
  /** The brokerage's time zone: it decides which calendar day an instalment becomes overdue. */
  PAYMENTS_TIME_ZONE: z
    .string()
    .min(1)
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone, e.g. Europe/Moscow')
    .default(defaultPaymentsConfig.timeZone),
  PAYMENTS_OVERDUE_EVERY_MS: z.coerce.number().int().positive().default(defaultPaymentsConfig.overdueJobEveryMs),
};

export function paymentsConfigFromEnv(env: { PAYMENTS_TIME_ZONE: string; PAYMENTS_OVERDUE_EVERY_MS: number }): Partial<PaymentsConfig> {
  return { timeZone: env.PAYMENTS_TIME_ZONE, overdueJobEveryMs: env.PAYMENTS_OVERDUE_EVERY_MS };
}
