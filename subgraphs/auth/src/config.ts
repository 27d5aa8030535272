/** Lifetimes and limits; defaults suit production, tests shorten or tighten them. */
export interface AuthConfig {
  /** Capped at the verifiers' 15 minutes. */
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  invitationTtlSeconds: number;
  telegramLinkCodeTtlSeconds: number;
  /** Failed logins allowed per account, and per client address, within `loginWindowSeconds`. */
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginWindowSeconds: number;
}

export const defaultAuthConfig: AuthConfig = {
  accessTokenTtlSeconds: 15 * 60,
  refreshTokenTtlSeconds: 30 * 24 * 3600,
  invitationTtlSeconds: 7 * 24 * 3600,
  telegramLinkCodeTtlSeconds: 10 * 60,
  loginMaxFailuresPerAccount: 5,
  loginMaxFailuresPerAddress: 50,
  loginWindowSeconds: 15 * 60,
};
