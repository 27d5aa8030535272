import { createHash } from 'node:crypto';
import type { Executor } from '@crm/platform';
import { and, eq, ne, sql } from 'drizzle-orm';
import { seenDevices } from '../db/schema';

export interface SignIn {
  userId: string;
  organizationId: string;
  userAgent: string;
  at: Date;
}

/** A device is its user agent; only the hash is kept. */
const deviceHash = (userAgent: string) => createHash('sha256').update(userAgent.trim()).digest('hex');

/**
 * The devices each user signed in from. A sign-in is from a new device when its user agent was not
 * seen for the user before and another one was: the very first sign-in known is no news.
 */
export function createSeenDevicesService() {
  async function isNewDevice(tx: Executor, signIn: SignIn): Promise<boolean> {
    const hash = deviceHash(signIn.userAgent);
    const added = await tx
      .insert(seenDevices)
      .values({ userId: signIn.userId, organizationId: signIn.organizationId, deviceHash: hash, firstSeenAt: signIn.at })
      .onConflictDoNothing()
      .returning({ userId: seenDevices.userId });
    if (added.length === 0) return false;
    const [other] = await tx
      .select({ n: sql<number>`1` })
      .from(seenDevices)
      .where(and(eq(seenDevices.userId, signIn.userId), ne(seenDevices.deviceHash, hash)))
      .limit(1);
    return Boolean(other);
  }

  return { isNewDevice };
}

export type SeenDevicesService = ReturnType<typeof createSeenDevicesService>;
