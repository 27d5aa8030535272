import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { defaultTelegramConfig } from '../config';
import { telegramChats, telegramDeliveries, userSettings } from '../db/schema';
import { startFakeBotApi, type FakeBotApi } from '../testing/fake-bot-api';
import { createNotificationsHarness, type NotificationsHarness } from '../testing/notifications-harness';

const org = '00000000-0000-4000-8000-00000000000a';
const author = '00000000-0000-4000-8000-0000000000a1';
const dealId = '00000000-0000-4000-8000-0000000000d1';

/** The sender against a local fake Bot API, on a test clock: every limit is checked on recorded clock values, not waited for. */
describe('Telegram delivery', () => {
  let h: NotificationsHarness;
  let api: FakeBotApi;
  let now = Date.parse('2026-01-10T09:00:00Z'); // 12:00 in Moscow

  beforeAll(async () => {
    api = await startFakeBotApi(() => now);
    h = await createNotificationsHarness({
      clock: () => new Date(now),
      config: { telegram: { ...defaultTelegramConfig, botToken: '123:test', apiRoot: api.apiRoot, webAppUrl: 'https://crm.example', maxAttempts: 3 } },
    });
  });
  afterAll(async () => {
    await h?.close();
    await api?.close();
  });

  const sender = () => h.module.services.telegramSender!;
  const link = async (userId: string, chatId: string) => h.deliver('auth.telegram.linked', { userId, organizationId: org, telegramUserId: chatId });
  const assign = (assigneeId: string, title: string, withDeal = false) =>
    h.deliver('tasks.task.assigned', {
      taskId: randomUUID(), organizationId: org, dealId: withDeal ? dealId : null, kind: 'OTHER', title, authorId: author, assigneeId,
      status: 'NEW', dueDate: null, previousAssigneeId: null, actorId: author,
    });
  const deliveryOf = async (chatId: string) => h.database.handle.db.select().from(telegramDeliveries).where(eq(telegramDeliveries.chatId, chatId));
  /** Ticks the test clock in 100 ms steps, draining after each, until nothing is queued (or `maxMs` passes). */
  const drainFor = async (maxMs: number) => {
    for (let elapsed = 0; elapsed < maxMs; elapsed += 100) {
      now += 100;
      await sender().drain();
      const queued = await h.database.handle.db.select({ seq: telegramDeliveries.seq }).from(telegramDeliveries).where(eq(telegramDeliveries.status, 'QUEUED')).limit(1);
      if (queued.length === 0) return;
    }
  };

  it('sends an assignment once to the linked chat, in Russian, with "take" and "open the deal" buttons; the status says SENT', async () => {
    const user = randomUUID();
    await link(user, '1001');
    await assign(user, 'Рассчитать ОСАГО', true);
    await drainFor(1_000);
    await drainFor(2_000);
    const mine = api.messages.filter((m) => m.chatId === '1001');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.text).toBe('Вам назначена задача\n«Рассчитать ОСАГО»');
    expect(mine[0]!.replyMarkup).toEqual({
      inline_keyboard: [[expect.objectContaining({ text: 'Взять в работу', callback_data: expect.stringMatching(/^task:take:/) }), { text: 'Открыть сделку', url: `https://crm.example/deals/${dealId}` }]],
    });
    expect(await deliveryOf('1001')).toMatchObject([{ status: 'SENT', attempts: 1, reason: null }]);
  });

  it('a user without a link gets in-app only', async () => {
    await assign(randomUUID(), 'No chat');
    expect((await h.written()).at(-1)).toMatchObject({ kind: 'TASK_ASSIGNED' });
    expect(await h.database.handle.db.select().from(telegramDeliveries).where(eq(telegramDeliveries.status, 'QUEUED'))).toEqual([]);
  });

  it('a burst of 200 messages to 100 chats: at most 30 in any second, one per second per chat, each chat in order', async () => {
    const first = api.messages.length;
    const chats = Array.from({ length: 100 }, (_, i) => ({ user: randomUUID(), chat: String(2000 + i) }));
    for (const { user, chat } of chats) await link(user, chat);
    for (const round of [1, 2]) for (const { user } of chats) await assign(user, `round ${round}`);
    await drainFor(30_000);
    const burst = api.messages.slice(first);
    expect(burst).toHaveLength(200);
    for (const sent of burst) expect(burst.filter((m) => m.at > sent.at - 1_000 && m.at <= sent.at).length).toBeLessThanOrEqual(30);
    for (const { chat } of chats) {
      const own = burst.filter((m) => m.chatId === chat);
      expect(own.map((m) => m.text)).toEqual(['Вам назначена задача\n«round 1»', 'Вам назначена задача\n«round 2»']);
      expect(own[1]!.at - own[0]!.at).toBeGreaterThanOrEqual(1_000);
    }
  });

  it('a 429 is retried after its retry_after, not before', async () => {
    const user = randomUUID();
    await link(user, '3001');
    api.script('3001', { status: 429, retryAfter: 3 });
    await assign(user, 'Throttled');
    now += 100;
    await sender().drain();
    const failedAt = now;
    expect(await deliveryOf('3001')).toMatchObject([{ status: 'QUEUED', attempts: 1, reason: '429: retry after 3 s' }]);
    while (now < failedAt + 2_900) {
      now += 100;
      await sender().drain();
    }
    expect(api.messages.filter((m) => m.chatId === '3001')).toEqual([]);
    await drainFor(500);
    expect(api.messages.filter((m) => m.chatId === '3001')).toHaveLength(1);
    expect(api.messages.find((m) => m.chatId === '3001')!.at - failedAt).toBeGreaterThanOrEqual(3_000);
    expect(await deliveryOf('3001')).toMatchObject([{ status: 'SENT', attempts: 2 }]);
  });

  it('a 403 (bot blocked) fails the message without retrying and deactivates the link: nothing more is queued for it', async () => {
    const user = randomUUID();
    await link(user, '4001');
    api.script('4001', { status: 403 });
    await assign(user, 'Blocked');
    await drainFor(1_000);
    expect(await deliveryOf('4001')).toMatchObject([{ status: 'FAILED', reason: '403: Forbidden: bot was blocked by the user' }]);
    expect((await h.database.handle.db.select().from(telegramChats).where(eq(telegramChats.userId, user)))[0]).toMatchObject({ active: false });
    await assign(user, 'After the block');
    expect(await deliveryOf('4001')).toHaveLength(1);
  });

  it('dead-letters a message after its bounded attempts (FAILED with the reason)', async () => {
    const user = randomUUID();
    await link(user, '5001');
    for (let i = 0; i < 3; i += 1) api.script('5001', { status: 429, retryAfter: 1 });
    await assign(user, 'Never through');
    await drainFor(10_000);
    expect(await deliveryOf('5001')).toMatchObject([{ status: 'FAILED', attempts: 3, reason: '429: retry after 1 s (gave up after 3 attempts)' }]);
  });

  it('holds messages during the reader’s quiet hours (organisation clock) and sends them after', async () => {
    const user = randomUUID();
    await link(user, '6001');
    await h.database.handle.db.insert(userSettings).values({ userId: user, organizationId: org, language: 'EN', quietHoursStart: '11:00', quietHoursEnd: '13:00' });
    await assign(user, 'At night');
    await drainFor(5_000);
    expect(api.messages.filter((m) => m.chatId === '6001')).toEqual([]);
    now = Date.parse('2026-01-11T10:00:30Z'); // 13:00:30 in Moscow
    await drainFor(70_000);
    expect(api.messages.filter((m) => m.chatId === '6001').map((m) => m.text)).toEqual(['A task was assigned to you\n"At night"']);
  });
});
