/** Everything a user can be notified of; the GraphQL enum `NotificationKind` lists the same names. */
export const NOTIFICATION_KINDS = [
  'TASK_ASSIGNED',
  'TASK_STATUS_CHANGED',
  'TASK_COMMENTED',
  'CALCULATION_ADDED',
  'CALCULATION_READY',
  'DEAL_REVIEW_DUE',
  'INSTALMENT_OVERDUE',
  'COMMISSION_RECEIVED',
  'EXPENSE_PAID',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type Language = 'RU' | 'EN';
