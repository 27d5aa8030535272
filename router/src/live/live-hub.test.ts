import { parse, type FormattedExecutionResult } from 'graphql';
import type { LiveEvent } from './live-events';
import { createLiveHub, type LiveHubCounters, type LiveSubscriber } from './live-hub';
import { liveOperation } from './live-operation';

const ORG = 'org-1';

function event(overrides: Partial<LiveEvent>): LiveEvent {
  return { entity: 'deal', id: 'deal-1', recipientId: null, kind: 'UPDATED', orgId: ORG, eventId: 'e-1', occurredAt: '2026-12-02T20:00:00Z', actorId: null, changed: null, ...overrides };
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

/** Publishes each event once the previous one's execution has settled. */
async function publishInTurn(hub: ReturnType<typeof createLiveHub>, events: Partial<LiveEvent>[]): Promise<void> {
  for (const overrides of events) {
    hub.publish(event(overrides));
    await settle();
  }
}

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

  it('coalesces a burst for one deal into the running execution and one more, which reads the latest state', async () => {
    const hub = createLiveHub();
    let title = 'v0';
    const watcher = subscriber('subscription($id: ID!) { dealChanged(id: $id) { deal { title } } }', 'u-1', () => ({ deal: { title } }));
    hub.add(watcher.value);
    // 100 events arrive before the first execution (which read v1) has answered: one synchronous run.
    for (let i = 1; i <= 100; i += 1) {
      title = `v${i}`;
      hub.publish(event({ eventId: `e-${i}` }));
    }
    await settle();
    await settle();
    expect(watcher.executions).toHaveLength(2);
    expect(watcher.received.map((r) => (r.data?.dealChanged as { deal: { title: string } }).deal.title)).toEqual(['v1', 'v100']);
  });

  it('drops a redelivered event id, a change the subscriber already has (its version already read) and a result older than one delivered', async () => {
    const counts: Partial<Record<keyof LiveHubCounters, number>> = {};
    const hub = createLiveHub((name) => void (counts[name] = (counts[name] ?? 0) + 1));
    let deal = { id: 'deal-1', version: 3, title: 'C' };
    const watcher = subscriber('subscription { dealChanged(id: "deal-1") { eventId deal { id version title } } }', 'u-1', () => ({ deal }));
    hub.add(watcher.value);
    // Version 2's event ran after version 3's commit: it delivers version 3 ...
    hub.publish(event({ eventId: 'e-2', changed: { key: 'deal:deal-1', version: 2 } }));
    await settle();
    hub.publish(event({ eventId: 'e-2', changed: { key: 'deal:deal-1', version: 2 } }));
    await settle();
    // ... so version 3's own event brings nothing new.
    hub.publish(event({ eventId: 'e-3', changed: { key: 'deal:deal-1', version: 3 } }));
    await settle();
    // An event without a version whose query read an older state than the one delivered.
    deal = { id: 'deal-1', version: 1, title: 'old' };
    hub.publish(event({ eventId: 'e-x', kind: 'REVIEW_DUE' }));
    await settle();
    deal = { id: 'deal-1', version: 4, title: 'D' };
    hub.publish(event({ eventId: 'e-4', changed: { key: 'deal:deal-1', version: 4 } }));
    await settle();
    const delivered = watcher.received.map((r) => r.data?.dealChanged as { eventId: string; deal: { title: string } });
    expect(delivered.map((d) => [d.eventId, d.deal.title])).toEqual([
      ['e-2', 'C'],
      ['e-4', 'D'],
    ]);
    expect(counts.duplicates).toBe(3);
    expect(counts.executions).toBe(3);
  });

  it('delivers each new calculation, payment or task change of a deal whose own version reads the same, and drops one it already has', async () => {
    const hub = createLiveHub();
    const watcher = subscriber('subscription { dealChanged(id: "deal-1") { eventId kind deal { id version } } }', 'u-1', () => ({ deal: { id: 'deal-1', version: 3 } }));
    hub.add(watcher.value);
    const changes: [string, string, string, number][] = [
      ['e-1', 'CALCULATION_CHANGED', 'calculation:c-1', 1],
      ['e-2', 'CALCULATION_CHANGED', 'calculation:c-1', 2],
      // The same transaction's second event (an instalment paid, then its schedule): the same version.
      ['e-3', 'PAYMENT_CHANGED', 'schedule:p-1', 5],
      ['e-4', 'PAYMENT_CHANGED', 'schedule:p-1', 5],
      ['e-5', 'CALCULATION_CHANGED', 'calculation:c-1', 2],
      ['e-6', 'TASK_CHANGED', 'task:t-1', 1],
      ['e-7', 'JOURNAL_ENTRY_ADDED', 'journal:j-1', 1],
    ];
    await publishInTurn(hub, changes.map(([eventId, kind, key, version]) => ({ eventId, kind, changed: { key, version } })));
    expect(watcher.received.map((r) => (r.data?.dealChanged as { eventId: string }).eventId)).toEqual(['e-1', 'e-2', 'e-3', 'e-6', 'e-7']);
  });

  it('drops a task change a `myTasksChanged` subscriber already has, per task (a kind the hub did not version before)', async () => {
    const hub = createLiveHub();
    const versions: Record<string, number> = { 't-1': 2, 't-2': 1 };
    const watcher = subscriber('subscription { myTasksChanged { eventId task { id version } } }', 'u-1', (v) => ({ task: { id: v.__liveId, version: versions[v.__liveId as string] } }));
    hub.add(watcher.value);
    const changes: [string, string, string, number][] = [
      ['e-1', 't-1', 'ASSIGNED', 2],
      ['e-2', 't-2', 'CREATED', 1],
      // Created with an assignee: both events of one transaction carry version 1.
      ['e-3', 't-2', 'ASSIGNED', 1],
      ['e-4', 't-1', 'STATUS_CHANGED', 2],
      // A comment leaves the task's version as it was: no version, always news.
      ['e-5', 't-1', 'COMMENTED', 0],
    ];
    await publishInTurn(hub, changes.map(([eventId, id, kind, version]) => ({ entity: 'task', id, eventId, kind, changed: version ? { key: `task:${id}`, version } : null })));
    expect(watcher.received.map((r) => (r.data?.myTasksChanged as { eventId: string }).eventId)).toEqual(['e-1', 'e-2', 'e-5']);
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
