import { randomUUID } from 'node:crypto';
import type { Identity, UserIdentity } from '@crm/platform';
import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { secondsFrom } from '../clock';
import { telegramLinkCodes, telegramLinks, users, type TelegramLinkRow, type UserRow } from '../db/schema';
import { appError, ErrorCode, isAppError, parseInput, requireUser, TELEGRAM_SESSION_PREFIX } from '@crm/platform';
import type { AccessTokenIssuer, IssuedAccessToken } from './access-tokens';
import type { AttemptBudget } from './attempt-budget';
import type { BotCredential } from './bot-credential';
import { identityOf } from './sessions.service';
import { randomCode, sha256 } from './opaque-tokens';
import type { ServiceDeps } from './service-deps';
import { authText } from '../auth.texts';

const telegramUserIdSchema = z.string().trim().regex(/^\d{1,20}$/, { message: authText.reason('telegramUserId') });
const linkInput = z.object({
  code: z.string().trim().toUpperCase().min(4).max(32),
  telegramUserId: telegramUserIdSchema,
  telegramUsername: z.string().trim().min(1).max(64).nullish(),
});
const tokenInput = z.object({ telegramUserId: telegramUserIdSchema });

/** What the bot gets to act as a linked user: a short-lived access token of its own session. */
export interface TelegramUserAccess extends IssuedAccessToken {
  user: UserRow;
  identity: UserIdentity;
}

export interface TelegramLinkCode {
  code: string;
  expiresAt: Date;
}

export interface TelegramUser {
  userId: string;
  organizationId: string;
}

export interface TelegramLinksDeps extends ServiceDeps {
  bot: BotCredential;
  /** Wrong link codes per Telegram account: a guesser gets a few tries per window, not 40 bits' worth. */
  linkAttempts: AttemptBudget;
  /** Issues the bot's short-lived tokens for linked users. */
  issueBotAccessToken: AccessTokenIssuer;
}

export function createTelegramLinksService(deps: TelegramLinksDeps) {
  const { db, clock, config } = deps;

  /** A fresh code replaces any unused one of the same user, so only the latest screen's code works. */
  async function createLinkCode(caller: Identity | null): Promise<TelegramLinkCode> {
    const user = requireUser(caller);
    const code = randomCode();
    const now = clock();
    const expiresAt = secondsFrom(now, config.telegramLinkCodeTtlSeconds);
    await db.transaction(async (tx) => {
      await tx
        .update(telegramLinkCodes)
        .set({ usedAt: now })
        .where(and(eq(telegramLinkCodes.userId, user.userId), isNull(telegramLinkCodes.usedAt)));
      await tx.insert(telegramLinkCodes).values({ organizationId: user.orgId, userId: user.userId, codeHash: sha256(code), createdAt: now, expiresAt });
    });
    return { code, expiresAt };
  }

  /**
   * Called by the bot (and only the bot) with the code a user sent it. The code proves the CRM account,
   * the bot vouches for the Telegram id. A Telegram account linked to someone else stays where it is:
   * CONFLICT, the owner unlinks it first.
   */
  async function linkAccount(presentedBotKey: string | undefined, input: unknown): Promise<TelegramLinkRow> {
    deps.bot.require(presentedBotKey);
    const data = parseInput(linkInput, input);
    await deps.linkAttempts.take(data.telegramUserId);
    try {
      const link = await db.transaction(async (tx) => {
        const now = clock();
        const [code] = await tx
          .update(telegramLinkCodes)
          .set({ usedAt: now })
          .where(and(eq(telegramLinkCodes.codeHash, sha256(data.code)), isNull(telegramLinkCodes.usedAt), gt(telegramLinkCodes.expiresAt, now)))
          .returning();
        const [owner] = code ? await tx.select().from(users).where(eq(users.id, code.userId)) : [];
        if (!code || !owner?.active) {
          throw appError(ErrorCode.BadUserInput, { text: authText('linkCodeInvalid'), field: 'input.code' });
        }
        const [elsewhere] = await tx.select().from(telegramLinks).where(eq(telegramLinks.telegramUserId, data.telegramUserId));
        if (elsewhere && elsewhere.userId !== code.userId) {
          throw appError(ErrorCode.Conflict, { text: authText('telegramLinkedElsewhere'), field: 'input.telegramUserId' });
        }
        const values = { telegramUserId: data.telegramUserId, telegramUsername: data.telegramUsername ?? null, linkedAt: now };
        const [row] = await tx
          .insert(telegramLinks)
          .values({ userId: code.userId, organizationId: code.organizationId, ...values })
          .onConflictDoUpdate({ target: telegramLinks.userId, set: values })
          .returning();
        if (!row) throw new Error('telegram link upsert returned nothing');
        await deps.events.telegramLinked(tx, row);
        return row;
      });
      await deps.linkAttempts.refund(data.telegramUserId);
      return link;
    } catch (error) {
      // Only a wrong code counts as a guess; a right code for an id linked elsewhere does not.
      if (isAppError(error, ErrorCode.Conflict)) await deps.linkAttempts.refund(data.telegramUserId);
      throw error;
    }
  }

  /** For the bot only: an access token to act as the active user a Telegram account is linked to. */
  async function accessTokenFor(presentedBotKey: string | undefined, input: unknown): Promise<TelegramUserAccess> {
    deps.bot.require(presentedBotKey);
    const { telegramUserId } = parseInput(tokenInput, input);
    const [row] = await db
      .select({ user: users })
      .from(telegramLinks)
      .innerJoin(users, eq(users.id, telegramLinks.userId))
      .where(and(eq(telegramLinks.telegramUserId, telegramUserId), eq(users.active, true)));
    if (!row) throw appError(ErrorCode.NotFound, { text: authText('telegramNotLinked'), field: 'input.telegramUserId' });
    // A session of its own per token: the bot's tokens are short-lived and never refreshed.
    const sessionId = `${TELEGRAM_SESSION_PREFIX}${randomUUID()}`;
    return { ...(await deps.issueBotAccessToken(row.user, sessionId)), user: row.user, identity: identityOf(row.user, sessionId) };
  }

  async function unlink(caller: Identity | null): Promise<void> {
    const user = requireUser(caller);
    await db.transaction(async (tx) => {
      const removed = await tx
        .delete(telegramLinks)
        .where(and(eq(telegramLinks.userId, user.userId), eq(telegramLinks.organizationId, user.orgId)))
        .returning({ userId: telegramLinks.userId });
      if (removed.length > 0) await deps.events.telegramUnlinked(tx, user.userId, user.orgId);
    });
  }

  async function linksByUserIds(organizationId: string, userIds: readonly string[]): Promise<TelegramLinkRow[]> {
    if (userIds.length === 0) return [];
    return db
      .select()
      .from(telegramLinks)
      .where(and(eq(telegramLinks.organizationId, organizationId), inArray(telegramLinks.userId, [...userIds])));
  }

  /** For the bot: which active user a Telegram account speaks for, or null. */
  async function findUserByTelegramId(telegramUserId: string): Promise<TelegramUser | null> {
    const [row] = await db
      .select({ userId: users.id, organizationId: users.organizationId })
      .from(telegramLinks)
      .innerJoin(users, eq(users.id, telegramLinks.userId))
      .where(and(eq(telegramLinks.telegramUserId, telegramUserId), eq(users.active, true)));
    return row ?? null;
  }

  return { createLinkCode, linkAccount, accessTokenFor, unlink, linksByUserIds, findUserByTelegramId };
}

export type TelegramLinksService = ReturnType<typeof createTelegramLinksService>;
