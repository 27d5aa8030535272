import { parse, type FormattedExecutionResult } from 'graphql';
import type { LiveEvent } from './live-events';
import { createLiveHub, type LiveHubCounters, type LiveSubscriber } from './live-hub';
import { liveOperation } from './live-operation';

const ORG = 'org-1';

function event(overrides: Partial<LiveEvent>): LiveEvent {
  return { entity: 'deal', id: 'deal-1', recipientId: null, kind: 'UPDATED', orgId: ORG, eventId: 'e-1', occurredAt: '2026-12-02T20:00:00Z', actorId: null, ...overrides };
}

/** A subscriber whose derived query answers with `answer()` at the moment it runs; results land in `received`. */
function subscriber(
  query: string,
  userId: string,
  answer: (variables: Record<string, unknown>) => FormattedExecutionResult['data'] | FormattedExecutionResult,
  accessClass: string | null = null,
  /** When the subgraphs last accepted its own token (the subscribe-time probe); null: never. */
  confirmedAt: number | null = accessClass === null ? null : Date.now(),
) {
  const received: FormattedExecutionResult[] = [];
  const executions: string[] = [];
  let forbidden = false;
  const value: LiveSubscriber = {
    orgId: ORG,
    userId,
    identityKey: `user:${userId}`,
    accessClass,
    ...(confirmedAt === null ? {} : { confirmedAt }),
    operation: liveOperation(parse(query), undefined, {}),
    execute: async (_text, variables) => {
      executions.push(userId);
      const answered = answer(variables);
      return answered && ('errors' in answered || 'data' in answered) ? (answered as FormattedExecutionResult) : { data: answered as Record<string, unknown> };
    },
    next: (result) => void received.push(result),
    forbidden: () => void (forbidden = true),
  };
  return { value, received, executions, forbidden: () => forbidden };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('live hub', () => {
  it('delivers a notification only to its recipient', async () => {
    const hub = createLiveHub();
    const query = 'subscription { notificationAdded { notification { id } } }';
    const recipient = subscriber(query, 'u-1', (v) => ({ notification: { id: v.__liveId } }));
    const other = subscriber(query, 'u-2', (v) => ({ notification: { id: v.__liveId } }));
    hub.add(recipient.value);
    hub.add(other.value);
    hub.publish(event({ entity: 'notification', id: 'n-1', recipientId: 'u-1' }));
    await settle();
    expect(recipient.received.map((r) => r.data)).toEqual([{ notificationAdded: { notification: { id: 'n-1' } } }]);
    expect(other.received).toEqual([]);
  });

  it('drops a redelivered event id, an older version, and an update read twice (same version and data)', async () => {
    const counts: Partial<Record<keyof LiveHubCounters, number>> = {};
    const hub = createLiveHub((name) => void (counts[name] = (counts[name] ?? 0) + 1));
    let deal = { id: 'deal-1', version: 2, title: 'A' };
    const watcher = subscriber('subscription { dealChanged(id: "deal-1") { eventId deal { id version title } } }', 'u-1', () => ({ deal }));
    hub.add(watcher.value);
    hub.publish(event({ eventId: 'e-1' }));
    await settle();
    hub.publish(event({ eventId: 'e-1' }));
    await settle();
    // A second event read the same state as the first (both changes were committed when it ran).
    hub.publish(event({ eventId: 'e-2' }));
    await settle();
    deal = { id: 'deal-1', version: 1, title: 'old' };
    hub.publish(event({ eventId: 'e-3' }));
    await settle();
    deal = { id: 'deal-1', version: 2, title: 'B' };
    hub.publish(event({ eventId: 'e-4' }));
    await settle();
    const delivered = watcher.received.map((r) => (r.data?.dealChanged as { eventId: string; deal: { title: string } }));
    expect(delivered.map((d) => [d.eventId, d.deal.title])).toEqual([
      ['e-1', 'A'],
      ['e-4', 'B'],
    ]);
    expect(counts.duplicates).toBe(3);
  });

  it('delivers every calculation, payment or task event of a deal even when the deal itself (id, version) reads the same', async () => {
    const hub = createLiveHub();
    const watcher = subscriber('subscription { dealChanged(id: "deal-1") { eventId kind deal { id version } } }', 'u-1', () => ({ deal: { id: 'deal-1', version: 3 } }));
    hub.add(watcher.value);
    for (const [eventId, kind] of [['e-1', 'CALCULATION_CHANGED'], ['e-2', 'CALCULATION_CHANGED'], ['e-3', 'PAYMENT_CHANGED']]) {
      hub.publish(event({ eventId, kind }));
      await settle();
    }
    expect(watcher.received.map((r) => (r.data?.dealChanged as { eventId: string }).eventId)).toEqual(['e-1', 'e-2', 'e-3']);
  });

  describe('sharing one execution across users (ADR 0074)', () => {
    const CARD = 'subscription { dealChanged(id: "deal-1") { eventId deal { id title moneySummary { premiumPaid { amount } } } } }';
    const ADMINS = 'admins of org-1, ru';
    const deal = { deal: { id: 'deal-1', title: 'A', moneySummary: { premiumPaid: { amount: '10.00' } } } };
    const refused = { data: { deal: null }, errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] };

    it('runs a sharable card once for every user of one access class', async () => {
      const hub = createLiveHub();
      const watchers = ['u-1', 'u-2', 'u-3'].map((userId) => subscriber(CARD, userId, () => deal, ADMINS));
      watchers.forEach((watcher) => hub.add(watcher.value));
      hub.publish(event({}));
      await settle();
      expect(watchers.flatMap((watcher) => watcher.executions)).toEqual(['u-1']);
      expect(watchers.map((watcher) => watcher.received.length)).toEqual([1, 1, 1]);
    });

    it('runs a selection outside the audited fields (tasks) once per user, even within a class', async () => {
      const hub = createLiveHub();
      const query = 'subscription { dealChanged(id: "deal-1") { deal { id tasks { edges { node { id } } } } } }';
      const watchers = ['u-1', 'u-2'].map((userId) => subscriber(query, userId, () => ({ deal: { id: 'deal-1', tasks: { edges: [] } } }), ADMINS));
      watchers.forEach((watcher) => hub.add(watcher.value));
      hub.publish(event({}));
      await settle();
      expect(watchers.flatMap((watcher) => watcher.executions).sort()).toEqual(['u-1', 'u-2']);
    });

    it('never hands an admin’s answer to a watcher of another access (a seller who may not see the deal is refused)', async () => {
      const hub = createLiveHub();
      const admin = subscriber(CARD, 'admin', () => deal, ADMINS);
      const seller = subscriber(CARD, 'seller', () => refused, null);
      hub.add(admin.value);
      hub.add(seller.value);
      hub.publish(event({}));
      await settle();
      expect(admin.received).toHaveLength(1);
      expect(seller.received).toEqual([]);
      expect(seller.forbidden()).toBe(true);
      expect([...admin.executions, ...seller.executions]).toEqual(['admin', 'seller']);
    });

    it('asks again as itself when the class’s execution was refused (another member’s token revoked): the refused member alone loses the deal', async () => {
      const hub = createLiveHub();
      const revoked = subscriber(CARD, 'u-revoked', () => ({ errors: [{ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] }), ADMINS);
      const other = subscriber(CARD, 'u-2', () => deal, ADMINS);
      hub.add(revoked.value);
      hub.add(other.value);
      hub.publish(event({}));
      await settle();
      expect(other.received.map((r) => (r.data?.dealChanged as { deal: { title: string } }).deal.title)).toEqual(['A']);
      expect(other.forbidden()).toBe(false);
      expect(revoked.received).toEqual([]);
      expect(revoked.forbidden()).toBe(true);
      // The class's execution (run with the first member's token), then each member's own.
      expect([...revoked.executions, ...other.executions].sort()).toEqual(['u-2', 'u-revoked', 'u-revoked']);
    });

    it('serves a member class results only while the subgraphs confirmed its own token within the bound: past it, it runs as itself, and a revoked one loses the deal', async () => {
      let clock = 1_000;
      const hub = createLiveHub(undefined, { confirmEveryMs: 30_000, now: () => clock });
      const unauthenticated = { errors: [{ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] };
      // The router never heard of the revocation (its view is in memory); only the subgraphs refuse the token.
      const other = subscriber(CARD, 'u-2', () => deal, ADMINS, 1_000);
      const revoked = subscriber(CARD, 'u-revoked', () => unauthenticated, ADMINS, 1_000);
      hub.add(other.value);
      hub.add(revoked.value);
      hub.publish(event({ eventId: 'e-1' }));
      await settle();
      // Within the bound: the class's one execution (other's token) serves both.
      expect([...other.executions, ...revoked.executions]).toEqual(['u-2']);
      expect(revoked.received).toHaveLength(1);

      clock = 31_000;
      hub.publish(event({ eventId: 'e-2' }));
      await settle();
      expect(revoked.executions).toEqual(['u-revoked']);
      expect(revoked.forbidden()).toBe(true);
      expect(revoked.received).toHaveLength(1);
      expect(other.received).toHaveLength(2);

      // Other's own answer confirmed it again: back to the class's execution.
      clock = 32_000;
      hub.publish(event({ eventId: 'e-3' }));
      await settle();
      expect(other.executions).toEqual(['u-2', 'u-2', 'u-2']);
      expect(other.received).toHaveLength(3);
    });

    it('confirms an identity once for all its subscriptions: its own answer on one deal lets its card of another share the class execution', async () => {
      const hub = createLiveHub();
      const cardOf = (id: string) => CARD.replace('"deal-1"', `"${id}"`);
      const answer = (v: Record<string, unknown>) => ({ deal: { ...deal.deal, id: v.__liveId } });
      const first = subscriber(cardOf('deal-1'), 'u-1', answer, ADMINS, null);
      const second = subscriber(cardOf('deal-2'), 'u-1', answer, ADMINS, null);
      const other = subscriber(cardOf('deal-2'), 'u-2', answer, ADMINS);
      [other, first, second].forEach((watcher) => hub.add(watcher.value));
      hub.publish(event({ eventId: 'e-1', id: 'deal-1' }));
      await settle();
      hub.publish(event({ eventId: 'e-2', id: 'deal-2' }));
      await settle();
      expect([...first.executions, ...second.executions, ...other.executions]).toEqual(['u-1', 'u-2']);
      expect(second.received).toHaveLength(1);
    });

    it('runs a member never confirmed by the subgraphs (no subscribe-time probe: `myDealsChanged`) as itself first', async () => {
      const hub = createLiveHub();
      const query = 'subscription { myDealsChanged { deal { id title } } }';
      const unprobed = subscriber(query, 'u-1', () => ({ deal: { id: 'deal-1', title: 'A' } }), ADMINS, null);
      const probed = subscriber(query, 'u-2', () => ({ deal: { id: 'deal-1', title: 'A' } }), ADMINS);
      hub.add(probed.value);
      hub.add(unprobed.value);
      hub.publish(event({ eventId: 'e-1' }));
      await settle();
      expect([...probed.executions, ...unprobed.executions]).toEqual(['u-2', 'u-1']);
      hub.publish(event({ eventId: 'e-2' }));
      await settle();
      // Confirmed by its own answer: from now on the class's one execution serves it.
      expect([...probed.executions, ...unprobed.executions]).toEqual(['u-2', 'u-2', 'u-1']);
      expect(unprobed.received).toHaveLength(2);
    });
  });
});
