import { hash, verify, type Options } from '@node-rs/argon2';

// `Algorithm` is a const enum, which isolated-module compilers (swc) cannot inline: 2 is Argon2id.
const ARGON2ID = 2 as Options['algorithm'];

/** OWASP's argon2id minimum (m=19 MiB, t=2, p=1). */
const ARGON2_OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Burns the same time as a real check when the account does not exist, so response time does not
 * tell which e-mail addresses have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('dummy password that never matches');
  await verifyPassword(await dummyHash, password);
  return false;
}
