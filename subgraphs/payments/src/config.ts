/** Defaults suit production; tests shorten the job interval or change the time zone. */
export interface PaymentsConfig {
  /** Where "today" is decided for due dates: the brokerage's working day, not UTC. */
  timeZone: string;
  overdueJobEveryMs: number;
  /** Instalments flagged per overdue run; the next run takes the rest. */
  overdueBatchSize: number;
}

export const defaultPaymentsConfig: PaymentsConfig = {
  timeZone: 'Europe/Moscow',
  overdueJobEveryMs: 60_000,
  overdueBatchSize: 500,
};
