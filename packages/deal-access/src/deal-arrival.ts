import { timeOrderedIdCreatedAt } from '@crm/platform';

/**
 * Until when a read model may still learn of a deal it has not heard of (ADR 0051). CRM makes deal ids
 * time-ordered (UUID v7), and its `crm.deal.created` follows the deal's commit within milliseconds, so
 * only a deal made less than `graceMs` ago can still be on its way: the wait is bounded by the deal's
 * age, not by the request. Null means it never will arrive: an id of another form (a mistyped or
 * made-up one, a deal older than time-ordered ids) or one dated too far in the future to be real.
 */
export function dealArrivalDeadline(dealId: string, nowMs: number, graceMs: number): number | null {
  const createdAt = timeOrderedIdCreatedAt(dealId);
  if (createdAt === null || createdAt > nowMs + graceMs) return null;
  const deadline = Math.min(createdAt, nowMs) + graceMs;
  return deadline > nowMs ? deadline : null;
}

/**
 * `find` for an id a read model may not have heard of yet: asked once, then, while the id may still
 * arrive (`dealArrivalDeadline`), asked again every `pollMs`. `knownElsewhere` answers at once for an
 * id that is not on its way (e.g. a deal of another organisation). Null when it does not arrive in time.
 */
export async function findWhileArriving<T>(
  id: string,
  find: () => Promise<T | null | undefined>,
  options: { graceMs: number; pollMs: number; knownElsewhere?: () => Promise<boolean> },
): Promise<T | null> {
  const found = await find();
  if (found) return found;
  const deadline = dealArrivalDeadline(id, Date.now(), options.graceMs);
  if (deadline === null || (await options.knownElsewhere?.())) return null;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
    const arrived = await find();
    if (arrived) return arrived;
  }
  return null;
}
