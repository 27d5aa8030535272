import type { TypedDocumentString } from './__generated__/graphql';
import type { BotContext } from './context';

/** Runs an operation as the linked user of this update (their permissions, rate limits and audit). */
export async function asUser<T, V>(ctx: BotContext, document: TypedDocumentString<T, V>, variables: V): Promise<T> {
  if (!ctx.crm) throw new Error('asUser called for an update from an unlinked Telegram account');
  return ctx.services.router.execute({ accessToken: ctx.crm.accessToken, language: await ctx.i18n.getLocale() }, document, variables);
}
