/** Defaults suit production; tests shorten the waits. */
export interface NotificationsConfig {
  /** Telegram delivery; without a bot token nothing is queued for Telegram (in-app only). */
  telegram: TelegramConfig | null;
}

export interface TelegramConfig {
  botToken: string;
  /** Bot API root; tests point it at a local fake server. */
  apiRoot: string;
  /** Link target of "Открыть сделку" (`<webAppUrl>/deals/<id>`). */
  webAppUrl: string;
  /** Telegram's limits: messages per second overall, and the gap between two messages to one chat. */
  perSecond: number;
  perChatGapMs: number;
  /** Attempts before a message is dead-lettered (FAILED). */
  maxAttempts: number;
  /** First retry delay after a network error; doubles per attempt. */
  backoffMs: number;
  /** How often the sender looks for due messages. */
  pollMs: number;
}

export const defaultTelegramConfig: Omit<TelegramConfig, 'botToken'> = {
  apiRoot: 'https://api.telegram.org',
  webAppUrl: 'http://localhost:4000',
  perSecond: 30,
  perChatGapMs: 1_000,
  maxAttempts: 8,
  backoffMs: 1_000,
  pollMs: 100,
};

export const defaultNotificationsConfig: NotificationsConfig = {
  telegram: null,
};
