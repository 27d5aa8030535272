import { timingSafeEqual } from 'node:crypto';
import { appError, ErrorCode } from '@crm/platform';
import { randomToken, sha256 } from './opaque-tokens';
import { readOrCreateSecretFile } from './secret-file';
import { authText } from '../auth.texts';

/**
 * The Telegram bot's service credential (ADR 0012): the bot sends `Authorization: Bot <key>`, and only
 * the fields meant for it (`linkTelegramAccount`, `accessTokenForTelegramUser`) accept it. No key
 * configured means no bot: those fields refuse everyone.
 */
export interface BotCredential {
  /** Throws UNAUTHENTICATED unless `presented` is the bot's key. */
  require(presented: string | undefined): void;
}

export function createBotCredential(key: string | undefined): BotCredential {
  // Hashes of equal length, so the comparison takes the same time whatever was presented.
  const expected = key ? Buffer.from(sha256(key), 'hex') : undefined;
  return {
    require(presented) {
      const matches = expected !== undefined && presented !== undefined && timingSafeEqual(expected, Buffer.from(sha256(presented), 'hex'));
      if (!matches) throw appError(ErrorCode.Unauthenticated, { text: authText('botOnly'), extensions: { http: { status: 401 } } });
    },
  };
}

/**
 * `BOT_SERVICE_KEY` when set; otherwise, outside production, a key generated once into `keyFile` (the
 * embedded mode's data folder), where a bot on the same machine reads it.
 */
export async function loadBotServiceKey(options: { key?: string | undefined; keyFile?: string | undefined }): Promise<string | undefined> {
  if (options.key) return options.key;
  if (!options.keyFile) return undefined;
  return (await readOrCreateSecretFile(options.keyFile, randomToken)).trim();
}
