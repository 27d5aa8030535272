/** Defaults suit production. */
export interface NotificationsConfig {
  /** The organisation's time zone (SPEC: default Europe/Moscow): quiet hours and the digest use it. */
  timeZone: string;
}

export const defaultNotificationsConfig: NotificationsConfig = {
  timeZone: 'Europe/Moscow',
};
