/**
 * Defaults suit production; tests shorten the job interval. Which day it is comes from the
 * organisation's time zone (CRM setting, mirrored in `crm_settings`: ADR 0046), not from here.
 */
export interface PaymentsConfig {
  overdueJobEveryMs: number;
  /** Instalments flagged per overdue run; the next run takes the rest. */
  overdueBatchSize: number;
}

export const defaultPaymentsConfig: PaymentsConfig = {
  overdueJobEveryMs: 60_000,
  overdueBatchSize: 500,
};
