/** Defaults suit production; tests shorten the waits. */
export interface TasksConfig {
  /**
   * How long `createTask` waits for a deal it has not heard of yet: the seller who has just created
   * the deal may be faster than `crm.deal.created` (ADR 0008).
   */
  dealAccessWaitMs: number;
  dealAccessPollMs: number;
}

export const defaultTasksConfig: TasksConfig = {
  dealAccessWaitMs: 5_000,
  dealAccessPollMs: 50,
};
