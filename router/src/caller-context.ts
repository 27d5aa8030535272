import { clientAddress, identityFromRequest, userAgentOf, type Logger, type TokenVerifier } from '@crm/platform';
import { languageFromAcceptLanguage } from '@crm/texts';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { assertPartnerMayRun, partnerIdentity, unknownApiKey } from './partners/partner-access';
import { apiKeyFromRequest, type ApiKeyExchange } from './partners/partner-keys';
import { assertDocumentAllowed, type PersistedOperation, type PersistedOperationsMode } from './persisted-operations';
import { enforceRateLimits, type RateLimits } from './rate-limit/rate-limits';
import type { TokenBuckets } from './rate-limit/token-bucket';
import type { RouterContext } from './router-context';
import { routerText } from './router.texts';

export interface CallerContextOptions {
  verifyToken: TokenVerifier;
  persistedMode: PersistedOperationsMode;
  /** Partners' API keys (ADR 0024); without it a request with a key is refused. */
  apiKeys?: ApiKeyExchange | undefined;
  buckets: TokenBuckets;
  rateLimits: RateLimits;
  requestDeadlineMs: number;
  logger: Logger;
}

/**
 * Who is calling and what they may run, once per HTTP request: the client address's rate limit first
 * (it bounds key and token guessing too), then a partner's API key or a user's token, that caller's
 * own rate limit, and the persisted-operation rules (ADRs 0024, 0025, 0030).
 */
export function callerContext(options: CallerContextOptions) {
  const { buckets, rateLimits, logger } = options;
  const onStoreError = (error: unknown) => logger.warn({ err: error }, 'rate limit store unavailable, request let through');
  return async ({ req, res }: { req: Request; res: Response }): Promise<RouterContext> => {
    const address = clientAddress(req);
    await enforceRateLimits(buckets, rateLimits, { address, identity: null }, onStoreError);
    const operation = res.locals.persistedOperation as PersistedOperation | undefined;
    const base = { requestId: String(res.locals.requestId), traceparent: String(res.locals.traceparent), clientAddress: address, userAgent: userAgentOf(req, 'caller'), language: languageFromAcceptLanguage(req.header('accept-language')), deadline: Date.now() + options.requestDeadlineMs };
    const apiKey = apiKeyFromRequest(req);
    if (apiKey !== undefined) {
      const grant = options.apiKeys ? await exchangeOrUnavailable(options.apiKeys, apiKey, logger) : null;
      if (!grant) throw unknownApiKey();
      const identity = partnerIdentity(grant);
      // The key's own limit, as the admin issued it, over the router's default for keys.
      await enforceRateLimits(buckets, { ...rateLimits, perApiKey: grant.rateLimitPerMinute ?? rateLimits.perApiKey }, { address: undefined, identity }, onStoreError);
      assertPartnerMayRun(grant, operation);
      // The audit channel of partner calls: every call attributed to its key.
      logger.info({ channel: 'partner', keyId: grant.keyId, orgId: grant.organizationId, operation: operation?.name, requestId: base.requestId }, 'partner call');
      return { ...base, identity, authorization: `Bearer ${grant.accessToken}` };
    }
    const identity = await identityFromRequest(req, options.verifyToken);
    await enforceRateLimits(buckets, rateLimits, { address: undefined, identity }, onStoreError);
    assertDocumentAllowed(options.persistedMode, operation, identity);
    return { ...base, identity, authorization: req.header('authorization') };
  };
}

async function exchangeOrUnavailable(exchange: ApiKeyExchange, apiKey: string, logger: Logger) {
  try {
    return await exchange(apiKey);
  } catch (error) {
    logger.error({ err: error }, 'API key exchange with Auth failed');
    throw new GraphQLError(routerText('authUnavailable').render(), { extensions: { code: 'SERVICE_UNAVAILABLE', reason: routerText.reason('authUnavailable'), subgraph: 'auth', http: { status: 503 } } });
  }
}
