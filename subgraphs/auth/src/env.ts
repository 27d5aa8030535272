import { envFields } from '@crm/platform';
import { z } from 'zod';

/** Auth's own settings: its process (`main.ts`) and the embedded launcher both read them from here. */
export const authEnvShape = {
  /** JSON array of private JWKs; the first signs, all are published. Required in production. */
  AUTH_SIGNING_KEYS: z.string().optional(),
  /** Shares login rate limits between Auth instances (and, in the router, its rate limits). */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
  /**
   * The Telegram bot's service key (`Authorization: Bot <key>`); unset, no caller can link accounts or act
   * for a Telegram user (the embedded launcher then generates one into DATA_DIR for a bot on this machine).
   */
  BOT_SERVICE_KEY: envFields.optionalSecret,
};
