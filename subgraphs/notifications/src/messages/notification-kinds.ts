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
  'DAILY_DIGEST',
  'FILE_ADDED',
  'ROLES_CHANGED',
  'API_KEY_CREATED',
  'NEW_DEVICE_LOGIN',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type Language = 'RU' | 'EN';

export const NOTIFICATION_CHANNELS = ['IN_APP', 'TELEGRAM'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * Per kind: the channels it goes to by default, and those a user cannot turn off. Money that came
 * in or went out is in-app only (issue 14); an assignment and an overdue instalment cannot be missed.
 */
export const KIND_CHANNELS: Record<NotificationKind, { channels: readonly NotificationChannel[]; mandatory: readonly NotificationChannel[] }> = {
  TASK_ASSIGNED: { channels: ['IN_APP', 'TELEGRAM'], mandatory: ['IN_APP'] },
  TASK_STATUS_CHANGED: { channels: ['IN_APP', 'TELEGRAM'], mandatory: [] },
  TASK_COMMENTED: { channels: ['IN_APP', 'TELEGRAM'], mandatory: [] },
  CALCULATION_ADDED: { channels: ['IN_APP', 'TELEGRAM'], mandatory: [] },
  CALCULATION_READY: { channels: ['IN_APP', 'TELEGRAM'], mandatory: ['IN_APP'] },
  DEAL_REVIEW_DUE: { channels: ['IN_APP', 'TELEGRAM'], mandatory: ['IN_APP'] },
  INSTALMENT_OVERDUE: { channels: ['IN_APP', 'TELEGRAM'], mandatory: ['IN_APP'] },
  COMMISSION_RECEIVED: { channels: ['IN_APP'], mandatory: [] },
  EXPENSE_PAID: { channels: ['IN_APP'], mandatory: [] },
  /** The morning digest (ADR 0064): Telegram is what it is for; its in-app copy carries it. */
  DAILY_DIGEST: { channels: ['IN_APP', 'TELEGRAM'], mandatory: ['IN_APP'] },
  /** A file in a deal's folders: in-app, and a user who gets many may turn it off. */
  FILE_ADDED: { channels: ['IN_APP'], mandatory: [] },
  /** Security: what one may do changed, a key now speaks for the organisation, a sign-in from a new device — in-app, never off (ADR 0068). */
  ROLES_CHANGED: { channels: ['IN_APP'], mandatory: ['IN_APP'] },
  API_KEY_CREATED: { channels: ['IN_APP'], mandatory: ['IN_APP'] },
  NEW_DEVICE_LOGIN: { channels: ['IN_APP'], mandatory: ['IN_APP'] },
};
