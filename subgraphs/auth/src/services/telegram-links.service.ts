import type { Identity } from '@crm/platform';
import { and, eq, gt, inArray, isNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import { secondsFrom } from '../clock';
import { telegramLinkCodes, telegramLinks, users, type TelegramLinkRow } from '../db/schema';
import { appError, ErrorCode, parseInput, requireUser } from '@crm/platform';
import { randomCode, sha256 } from './opaque-tokens';
import type { ServiceDeps } from './service-deps';

const linkInput = z.object({
  code: z.string().trim().toUpperCase().min(4).max(32),
  telegramUserId: z.string().trim().regex(/^\d{1,20}$/, { message: 'must be a Telegram numeric user id' }),
  telegramUsername: z.string().trim().min(1).max(64).nullish(),
});

export interface TelegramLinkCode {
  code: string;
  expiresAt: Date;
}

export interface TelegramUser {
  userId: string;
  organizationId: string;
}

export function createTelegramLinksService(deps: ServiceDeps) {
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
   * Called by the bot with the code a user sent it. The code proves the CRM account, the bot vouches for
   * the Telegram id; a Telegram account moves to the new user if it was linked elsewhere.
   */
  async function linkAccount(input: unknown): Promise<TelegramLinkRow> {
    const data = parseInput(linkInput, input);
    return db.transaction(async (tx) => {
      const now = clock();
      const [code] = await tx
        .update(telegramLinkCodes)
        .set({ usedAt: now })
        .where(and(eq(telegramLinkCodes.codeHash, sha256(data.code)), isNull(telegramLinkCodes.usedAt), gt(telegramLinkCodes.expiresAt, now)))
        .returning();
      const [owner] = code ? await tx.select().from(users).where(eq(users.id, code.userId)) : [];
      if (!code || !owner?.active) {
        throw appError(ErrorCode.BadUserInput, { message: 'The code is invalid, used or expired', field: 'input.code' });
      }
      await tx.delete(telegramLinks).where(and(eq(telegramLinks.telegramUserId, data.telegramUserId), ne(telegramLinks.userId, code.userId)));
      const values = { telegramUserId: data.telegramUserId, telegramUsername: data.telegramUsername ?? null, linkedAt: now };
      const [link] = await tx
        .insert(telegramLinks)
        .values({ userId: code.userId, organizationId: code.organizationId, ...values })
        .onConflictDoUpdate({ target: telegramLinks.userId, set: values })
        .returning();
      if (!link) throw new Error('telegram link upsert returned nothing');
      return link;
    });
  }

  async function unlink(caller: Identity | null): Promise<void> {
    const user = requireUser(caller);
    await db.delete(telegramLinks).where(and(eq(telegramLinks.userId, user.userId), eq(telegramLinks.organizationId, user.orgId)));
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

  return { createLinkCode, linkAccount, unlink, linksByUserIds, findUserByTelegramId };
}

export type TelegramLinksService = ReturnType<typeof createTelegramLinksService>;
