import type { Identity } from './identity';

/** Tokens a process keeps verified; a few thousand ≈ a few MiB (the key is the token string the caller already holds). */
export const VERIFIED_TOKEN_CACHE_ENTRIES = 4096;

/**
 * Identities of access tokens whose signature and claims this process has already verified, keyed by the
 * exact token string, until the token would fail verification for its age (`exp`, the maximum lifetime).
 * A live subscriber's token is sent again with every event's query, and each subgraph verified it again:
 * an Ed25519 check per call. Only what the signature proves is kept: whether the token has been revoked
 * is not, it is asked at every request (`withRevocationCheck`). A token enters only after it verified,
 * so a forged or altered one, being another string, never hits. Least recently used entries go first.
 */
export interface VerifiedTokenCache {
  /** The identity of a token verified before and not yet expired at `now`. */
  get(token: string): Identity | undefined;
  /** Keeps a verified token's identity until `validUntilMs` (epoch ms), when it would fail verification. */
  set(token: string, identity: Identity, validUntilMs: number): void;
}

export function createVerifiedTokenCache(options: { maxEntries?: number; now?: () => number } = {}): VerifiedTokenCache {
  const maxEntries = options.maxEntries ?? VERIFIED_TOKEN_CACHE_ENTRIES;
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on a hit keeps the least recently used first.
  const entries = new Map<string, { identity: Identity; validUntilMs: number }>();
  return {
    get(token) {
      const entry = entries.get(token);
      if (!entry) return undefined;
      entries.delete(token);
      if (now() >= entry.validUntilMs) return undefined;
      entries.set(token, entry);
      return entry.identity;
    },
    set(token, identity, validUntilMs) {
      entries.delete(token);
      entries.set(token, { identity, validUntilMs });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
  };
}
