import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { defaultTelegramConfig } from '../../config';
import { channelPreferences, outbox, telegramDeliveries } from '../../db/schema';
import { createNotificationsHarness, type BatchEvent, type NotificationsHarness } from '../../testing/notifications-harness';

const org = '00000000-0000-4000-8000-00000000000a';
const author = '00000000-0000-4000-8000-0000000000a1';
const owner = '00000000-0000-4000-8000-0000000000b1';
const executor = '00000000-0000-4000-8000-0000000000b2';
const dealId = '00000000-0000-4000-8000-0000000000d1';
const deal = { dealId, organizationId: org, clientId: randomUUID(), ownerId: owner, participantIds: [executor], title: 'КАСКО Иванов', stage: 'CALCULATION' as const, archived: false, reviewDate: null };
const NODE = 'node';
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';

const assigned = (assigneeId: string, title: string): BatchEvent => ({
  type: 'tasks.task.assigned',
  data: { taskId: randomUUID(), organizationId: org, dealId: null, kind: 'OTHER', title, authorId: author, assigneeId, status: 'NEW', dueDate: null, previousAssigneeId: null, actorId: author },
});
const login = (userAgent: string): BatchEvent => ({ type: 'auth.user.logged_in', data: { userId: executor, organizationId: org, clientAddress: '203.0.113.7', userAgent }, actorId: executor });
const received = (amount: string, forDeal = dealId) => ({
  policyId: randomUUID(), dealId: forDeal, organizationId: org, incomeId: randomUUID(), receiptId: randomUUID(), amount: { amount, currency: 'RUB' }, receivedOn: '2026-02-02', statementReference: null, actorId: executor,
});
const commission = (amount: string, forDeal = dealId): BatchEvent => ({ type: 'payments.income.received', data: received(amount, forDeal) });

/**
 * RabbitMQ's batch path (ADR 0069): a batch of events must leave exactly what the same events one by
 * one leave — the cases where a set-based write would differ: a read model written and read within one
 * batch, sign-ins whose order decides what a new device is, a chat's message order, an event that cannot be handled yet.
 */
describe('notification consumers on the batch path', () => {
  let h: NotificationsHarness;
  beforeEach(async () => {
    h = await createNotificationsHarness({ config: { telegram: { ...defaultTelegramConfig, botToken: '123:test', apiRoot: 'http://127.0.0.1:9' } } });
  });
  afterEach(() => h?.close());

  const db = () => h.database.handle.db;

  it("writes a batch's notifications in its events' order: a chat's Telegram messages and the notification.added events follow it", async () => {
    await h.deliverBatch([
      { type: 'auth.telegram.linked', data: { userId: executor, organizationId: org, telegramUserId: '5001' } },
      { type: 'auth.telegram.linked', data: { userId: owner, organizationId: org, telegramUserId: '5002' } },
      // A link changed within the batch: the later event wins, as one by one.
      { type: 'auth.telegram.linked', data: { userId: owner, organizationId: org, telegramUserId: '5003' } },
    ]);
    const titles = Array.from({ length: 12 }, (_, i) => `Задача ${i + 1}`);
    await h.deliverBatch(titles.map((title, i) => assigned(i % 3 === 0 ? owner : executor, title)));

    const queued = await db()
      .select({ chatId: telegramDeliveries.chatId, notificationId: telegramDeliveries.notificationId })
      .from(telegramDeliveries)
      .orderBy(asc(telegramDeliveries.seq));
    const written = new Map((await h.written()).map((n) => [n.id, n.params['taskTitle']]));
    expect(queued.map((q) => [q.chatId, written.get(q.notificationId)])).toEqual(titles.map((title, i) => [i % 3 === 0 ? '5003' : '5001', title]));
    const added = await db().select({ subject: sql<string>`${outbox.envelope}->>'subject'` }).from(outbox).where(eq(outbox.type, 'notifications.notification.added')).orderBy(asc(outbox.seq));
    expect(added.map((a) => written.get(a.subject))).toEqual(titles);
  });

  it('leaves out, per kind and channel, whoever turned a kind off, within one batch of mixed kinds', async () => {
    await h.deliverBatch([{ type: 'auth.telegram.linked', data: { userId: executor, organizationId: org, telegramUserId: '5001' } }]);
    await db().insert(channelPreferences).values([
      { userId: executor, organizationId: org, kind: 'TASK_COMMENTED', channel: 'IN_APP', enabled: false },
      { userId: executor, organizationId: org, kind: 'TASK_ASSIGNED', channel: 'TELEGRAM', enabled: false },
    ]);
    const comment: BatchEvent = {
      type: 'tasks.task.commented',
      data: { taskId: randomUUID(), organizationId: org, dealId: null, kind: 'OTHER', title: 'Комментарий', authorId: author, assigneeId: executor, status: 'NEW', dueDate: null, commentId: randomUUID(), commentAuthorId: owner, text: 'Готово?' },
    };
    await h.deliverBatch([assigned(executor, 'Первая'), comment, assigned(executor, 'Вторая')]);
    // Assignments are mandatory in-app; the comment reached its author only; the executor wanted no assignment on Telegram.
    expect((await h.written()).map((n) => [n.recipientId, n.kind]).sort()).toEqual([
      [author, 'TASK_COMMENTED'],
      [executor, 'TASK_ASSIGNED'],
      [executor, 'TASK_ASSIGNED'],
    ].sort());
    expect(await db().select().from(telegramDeliveries)).toEqual([]);
  });

  it('tells of a new device once when the first sign-in known, a new one and a repeat arrive in one batch', async () => {
    await h.deliverBatch([login(NODE), login(PHONE), login(PHONE), login(NODE)]);
    expect((await h.written()).map((n) => [n.recipientId, n.kind, n.params['device']])).toEqual([[executor, 'NEW_DEVICE_LOGIN', PHONE]]);
  });

  it('reads a deal created earlier in the same delivery order, and follows its owner changing within a batch', async () => {
    const other = '00000000-0000-4000-8000-0000000000b3';
    // The deals read model's batch: created, then updated with another owner; one by one, the later one wins.
    await h.deliverBatch([
      { type: 'crm.deal.created', data: deal },
      { type: 'crm.deal.updated', data: { ...deal, ownerId: other, changedFields: ['ownerId'] } },
    ]);
    await h.deliverBatch([commission('100.00'), commission('200.00')]);
    expect((await h.written()).map((n) => [n.recipientId, n.params['amount']]).sort()).toEqual([
      [other, '100.00'],
      [other, '200.00'],
    ]);
  });

  it('fails the whole batch when one event cannot be handled yet, leaving nothing: the bus then handles each event alone', async () => {
    await h.deliverBatch([{ type: 'crm.deal.created', data: deal }]);
    await expect(h.deliverBatch([commission('1.00'), commission('2.00', randomUUID()), commission('3.00')])).rejects.toThrow(/not in the deals read model/);
    expect(await h.written()).toEqual([]);
    // One by one, the two about a known deal go through.
    await h.deliver('payments.income.received', received('1.00'));
    expect(await h.written()).toHaveLength(1);
  });

  it('writes nothing new for a batch delivered again (one row per event and recipient)', async () => {
    const events = [assigned(executor, 'A'), assigned(owner, 'B')].map((event) => ({ ...event, id: randomUUID() }));
    await h.deliverBatch(events);
    await h.deliverBatch(events);
    expect((await h.written()).map((n) => n.params['taskTitle']).sort()).toEqual(['A', 'B']);
    expect(await db().select({ n: sql<number>`count(*)::int` }).from(outbox)).toEqual([{ n: 2 }]);
  });
});
