/** Defaults suit production; tests shorten the waits. */
export interface TasksConfig {
  /**
   * How long after a deal was made `createTask` may wait for it, if Tasks has not heard of it yet: the
   * seller who has just created the deal may be faster than `crm.deal.created` (ADR 0008, 0051). Only
   * a time-ordered id made that recently waits, and only for what is left of this period.
   */
  dealAccessWaitMs: number;
  dealAccessPollMs: number;
}

export const defaultTasksConfig: TasksConfig = {
  dealAccessWaitMs: 5_000,
  dealAccessPollMs: 50,
};
