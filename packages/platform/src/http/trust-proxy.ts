import { z } from 'zod';

/**
 * Express's `trust proxy`: which peers may say who the client is in X-Forwarded-For. `false` trusts
 * nobody (the socket peer is the client), a number trusts that many hops, a string lists addresses,
 * CIDRs or `loopback` / `linklocal` / `uniquelocal`. The client address is then `req.ip`: the nearest
 * address no trusted peer vouches for, never an entry the client could have written itself.
 */
export type TrustProxy = boolean | number | string;

export function parseTrustProxy(value: string): TrustProxy {
  const trimmed = value.trim();
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

/** `TRUST_PROXY` in every deployable's env schema. */
export const trustProxyField = z.string().min(1).transform(parseTrustProxy);
