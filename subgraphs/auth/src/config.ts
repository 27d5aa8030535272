/** Lifetimes and limits; defaults suit production, tests shorten or tighten them. */
export interface AuthConfig {
  /** Capped at the verifiers' 15 minutes. */
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  invitationTtlSeconds: number;
  telegramLinkCodeTtlSeconds: number;
  /** Failed logins allowed per account at one client address, and per client address, within `loginWindowSeconds`. */
  loginMaxFailuresPerAccountAndAddress: number;
  loginMaxFailuresPerAddress: number;
  loginWindowSeconds: number;
  /** Sign-ups allowed per client address within `signUpWindowSeconds`. */
  signUpMaxPerAddress: number;
  signUpWindowSeconds: number;
  /** Wrong Telegram link codes allowed per Telegram account within `loginWindowSeconds`. */
  linkCodeMaxFailuresPerTelegramUser: number;
  /** A refresh token presented again this soon after its rotation (two tabs at once) is not reuse. */
  refreshReuseGraceSeconds: number;
  /** Tokens the bot gets for a linked user (`accessTokenForTelegramUser`): it asks again rather than refreshing. */
  botAccessTokenTtlSeconds: number;
  /** Tokens the router gets for a partner's API key; it caches them far shorter than this (revocation). */
  partnerAccessTokenTtlSeconds: number;
}

export const defaultAuthConfig: AuthConfig = {
  accessTokenTtlSeconds: 15 * 60,
  refreshTokenTtlSeconds: 30 * 24 * 3600,
  invitationTtlSeconds: 7 * 24 * 3600,
  telegramLinkCodeTtlSeconds: 10 * 60,
  loginMaxFailuresPerAccountAndAddress: 5,
  loginMaxFailuresPerAddress: 50,
  loginWindowSeconds: 15 * 60,
  signUpMaxPerAddress: 10,
  signUpWindowSeconds: 3600,
  linkCodeMaxFailuresPerTelegramUser: 5,
  refreshReuseGraceSeconds: 10,
  botAccessTokenTtlSeconds: 5 * 60,
  partnerAccessTokenTtlSeconds: 5 * 60,
};
