import type { Db, Logger } from '@crm/platform';
import type { Redis } from 'ioredis';
import { systemClock, type Clock } from '../clock';
import { defaultAuthConfig, type AuthConfig } from '../config';
import { createUserEventsPublisher, type UserEventsPublisher } from '../events/user-events.publisher';
import { createAccessTokenIssuer } from './access-tokens';
import { createApiKeysService } from './api-keys.service';
import { createAttemptBudget } from './attempt-budget';
import { createBotCredential } from './bot-credential';
import { createInvitationsService } from './invitations.service';
import { createLoginLimiter } from './login-limiter';
import { createOrganizationsService } from './organizations.service';
import { createSessionsService } from './sessions.service';
import type { SigningKeys } from './signing-keys';
import { createTelegramLinksService } from './telegram-links.service';
import { createUsersService } from './users.service';

export interface AuthDeps {
  db: Db;
  logger: Logger;
  signingKeys: SigningKeys;
  /** Shares login rate-limit counters between instances; in-memory counters without it. */
  redis?: Redis | undefined;
  config?: Partial<AuthConfig>;
  clock?: Clock;
  /** Tests replace it to prove that an event and its change commit or roll back together. */
  events?: UserEventsPublisher;
  /** The Telegram bot's service key (`Authorization: Bot <key>`); without it no caller is the bot. */
  botServiceKey?: string | undefined;
}

export function createAuthServices(deps: AuthDeps) {
  const config: AuthConfig = { ...defaultAuthConfig, ...deps.config };
  const clock = deps.clock ?? systemClock;
  const base = { db: deps.db, logger: deps.logger, clock, config, events: deps.events ?? createUserEventsPublisher() };
  const issueAccessToken = createAccessTokenIssuer({ signingKeys: deps.signingKeys, ttlSeconds: config.accessTokenTtlSeconds, clock });
  const sessions = createSessionsService({ ...base, issueAccessToken, limiter: createLoginLimiter({ config, redis: deps.redis }) });
  return {
    config,
    signingKeys: deps.signingKeys,
    issueAccessToken,
    sessions,
    organizations: createOrganizationsService({
      ...base,
      sessions,
      signUpAttempts: createAttemptBudget({ name: 'sign_up', attempts: config.signUpMaxPerAddress, windowSeconds: config.signUpWindowSeconds, redis: deps.redis }),
    }),
    users: createUsersService({ ...base, sessions }),
    invitations: createInvitationsService({ ...base, sessions }),
    apiKeys: createApiKeysService({
      ...base,
      issuePartnerAccessToken: createAccessTokenIssuer({ signingKeys: deps.signingKeys, ttlSeconds: config.partnerAccessTokenTtlSeconds, clock }),
    }),
    telegram: createTelegramLinksService({
      ...base,
      bot: createBotCredential(deps.botServiceKey),
      linkAttempts: createAttemptBudget({ name: 'link_code', attempts: config.linkCodeMaxFailuresPerTelegramUser, windowSeconds: config.loginWindowSeconds, redis: deps.redis }),
      issueBotAccessToken: createAccessTokenIssuer({ signingKeys: deps.signingKeys, ttlSeconds: config.botAccessTokenTtlSeconds, clock }),
    }),
  };
}

export type AuthServices = ReturnType<typeof createAuthServices>;
