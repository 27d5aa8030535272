import { readOrCreateSecretFile } from './secret-file';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';
import { z } from 'zod';

/**
 * The keys Auth signs access tokens with.
 *
 * Rotation without downtime, in two deployments:
 *   1. append the new private key to `AUTH_SIGNING_KEYS` (second place): it is published in the JWKS
 *      while the old one still signs, so every verifier's cached key set learns it;
 *   2. once verifiers had time to refetch (longer than their JWKS cache), move it to first place: it
 *      signs from now on, and the old key stays published until the last token it signed has expired
 *      (15 minutes), after which it can be removed.
 * Verifiers that meet an unknown `kid` refetch the JWKS, so step 1 only shortens that path.
 */
export interface SigningKeys {
  /** The key that signs: the first one configured. */
  current(): { kid: string; alg: SigningAlgorithm; key: KeyLike | Uint8Array };
  /** Every configured key, public parts only: the JWKS document. */
  jwks(): { keys: JWK[] };
}

export type SigningAlgorithm = 'EdDSA' | 'ES256';

export interface SigningKeysOptions {
  /** JSON array of private JWKs (the `AUTH_SIGNING_KEYS` variable); the first one signs. */
  keysJson?: string | undefined;
  /** Outside production, where generated development keys are kept so tokens survive restarts. */
  keysFile?: string | undefined;
  production?: boolean;
}

const privateJwkSchema = z
  .object({
    kty: z.enum(['OKP', 'EC']),
    crv: z.enum(['Ed25519', 'P-256']),
    d: z.string().min(1),
    x: z.string().min(1),
    y: z.string().optional(),
    kid: z.string().min(1).optional(),
    alg: z.enum(['EdDSA', 'ES256']).optional(),
  })
  .loose();

const PRIVATE_PARAMS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'oth'];

export async function loadSigningKeys(options: SigningKeysOptions = {}): Promise<SigningKeys> {
  if (options.keysJson) return createSigningKeys(parseKeysJson(options.keysJson));
  if (options.production) {
    throw new Error('AUTH_SIGNING_KEYS is required in production: generated keys would change on every start');
  }
  if (!options.keysFile) return createSigningKeys([await generateSigningJwk()]);
  const stored = await readOrCreateSecretFile(options.keysFile, async () => JSON.stringify([await generateSigningJwk()], null, 2));
  return createSigningKeys(parseKeysJson(stored));
}

/** A fresh Ed25519 private JWK with its thumbprint as `kid` (for development and tests). */
export async function generateSigningJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'EdDSA', use: 'sig' };
}

export async function createSigningKeys(privateJwks: JWK[]): Promise<SigningKeys> {
  if (privateJwks.length === 0) throw new Error('At least one signing key is required');
  const keys = await Promise.all(
    privateJwks.map(async (raw, index) => {
      const parsed = privateJwkSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`Signing key #${index + 1} is not an Ed25519 or P-256 private JWK`);
      const alg: SigningAlgorithm = parsed.data.alg ?? (parsed.data.crv === 'Ed25519' ? 'EdDSA' : 'ES256');
      const kid = parsed.data.kid ?? (await calculateJwkThumbprint(raw));
      const publicJwk = Object.fromEntries(Object.entries(raw).filter(([name]) => !PRIVATE_PARAMS.includes(name))) as JWK;
      return { kid, alg, key: await importJWK(raw, alg), publicJwk: { ...publicJwk, kid, alg, use: 'sig' } };
    }),
  );
  const kids = new Set(keys.map((k) => k.kid));
  if (kids.size !== keys.length) throw new Error('Signing keys must have distinct kids');
  const [first] = keys;
  if (!first) throw new Error('At least one signing key is required');
  return {
    current: () => ({ kid: first.kid, alg: first.alg, key: first.key }),
    jwks: () => ({ keys: keys.map((k) => ({ ...k.publicJwk })) }),
  };
}

function parseKeysJson(json: string): JWK[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error('Signing keys must be a JSON array of private JWKs');
  }
  if (!Array.isArray(value)) throw new Error('Signing keys must be a JSON array of private JWKs');
  return value as JWK[];
}
