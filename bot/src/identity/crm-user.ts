import type { MiddlewareFn } from 'grammy';
import type { BotContext, CrmUser } from '../context';
import { AccessTokenForTelegramUser, BotUserSettings } from '../graphql/operations';
import { RouterError } from '../router-client';

/**
 * Per update: the CRM user the sender's Telegram account is linked to, with a fresh short-lived access
 * token obtained with the bot's credential (ADR 0012). Nothing is kept between updates, so an unlink or a
 * deactivation stops the very next update (ADR 0043). Null when the account is not linked.
 */
export function identifyCrmUser(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.crm = ctx.from && !ctx.from.is_bot ? await crmUserFor(ctx, String(ctx.from.id)) : null;
    // The CRM language setting is known only now.
    if (ctx.crm) await ctx.i18n.renegotiateLocale();
    await next();
  };
}

async function crmUserFor(ctx: BotContext, telegramUserId: string): Promise<CrmUser | null> {
  const { router } = ctx.services;
  let access;
  try {
    access = (await router.execute({ bot: true }, AccessTokenForTelegramUser, { input: { telegramUserId } })).accessTokenForTelegramUser;
  } catch (error) {
    if (error instanceof RouterError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
  const caller = { accessToken: access.accessToken };
  const { notificationSettings, crmSettings } = await router.execute(caller, BotUserSettings, {});
  return {
    userId: access.user.id,
    organizationId: access.user.organization.id,
    displayName: access.user.displayName,
    accessToken: access.accessToken,
    language: notificationSettings.language,
    timeZone: crmSettings.timeZone,
  };
}
