import { randomUUID } from 'node:crypto';
import type { UserIdentity } from '@crm/platform';
import { eq } from 'drizzle-orm';
import { defaultTelegramConfig } from '../config';
import { notifications, telegramDeliveries, userSettings } from '../db/schema';
import { startFakeBotApi, type FakeBotApi } from '../testing/fake-bot-api';
import { createNotificationsHarness, type NotificationsHarness } from '../testing/notifications-harness';

const org = '00000000-0000-4000-8000-00000000000b';
const author = '00000000-0000-4000-8000-0000000000b1';

/** The morning digest and quiet hours on the organisation's clock (CRM's `timeZone`: Vladivostok, UTC+10), on a test clock. */
describe('Morning digest and the organisation time zone', () => {
  let h: NotificationsHarness;
  let api: FakeBotApi;
  let now = Date.parse('2026-01-10T22:30:00Z'); // 08:30 on 11 January in Vladivostok

  beforeAll(async () => {
    api = await startFakeBotApi(() => now);
    h = await createNotificationsHarness({
      clock: () => new Date(now),
      config: { telegram: { ...defaultTelegramConfig, botToken: '123:test', apiRoot: api.apiRoot } },
    });
    await h.deliver('crm.settings.changed', { organizationId: org, renewalLeadDays: 30, sellersSeeAllDeals: false, version: 2, timeZone: 'Asia/Vladivostok' });
  });
  afterAll(async () => {
    await h?.close();
    await api?.close();
  });

  const services = () => h.module.services;
  const db = () => h.database.handle.db;
  const link = (userId: string, chatId: string) => h.deliver('auth.telegram.linked', { userId, organizationId: org, telegramUserId: chatId });
  const reviewDue = (ownerId: string, title: string) =>
    h.deliver('crm.deal.review_due', { dealId: randomUUID(), organizationId: org, clientId: randomUUID(), ownerId, participantIds: [], title, stage: 'ACTIVE', archived: false, reviewDate: '2026-01-11' });
  const drain = async () => {
    for (let i = 0; i < 20; i += 1) {
      now += 1_000;
      await services().telegramSender!.drain();
    }
  };
  const sentTo = (chatId: string) => api.messages.filter((m) => m.chatId === chatId).map((m) => m.text);

  it('sends one digest at the chosen time on the organisation clock, instead of one message per deal due for review', async () => {
    const owner = randomUUID();
    await link(owner, '7001');
    for (let i = 1; i <= 5; i += 1) await reviewDue(owner, `Сделка ${i}`);
    const deal = randomUUID();
    await h.deliver('crm.deal.created', { dealId: deal, organizationId: org, clientId: randomUUID(), ownerId: owner, participantIds: [], title: 'КАСКО', stage: 'ACTIVE', archived: false, reviewDate: null });
    for (const dueDate of ['2026-01-01', '2026-01-05']) {
      await h.deliver('payments.instalment.overdue', { policyId: randomUUID(), dealId: deal, organizationId: org, instalmentId: randomUUID(), dueDate, outstanding: { amount: '100.00', currency: 'RUB' } });
    }
    for (let i = 1; i <= 3; i += 1) {
      await h.deliver('tasks.task.assigned', {
        taskId: randomUUID(), organizationId: org, dealId: null, kind: 'OTHER', title: `Задача ${i}`, authorId: author, assigneeId: owner,
        status: 'NEW', dueDate: null, previousAssigneeId: null, actorId: author,
      });
    }
    await drain();
    expect(sentTo('7001').filter((text) => text.startsWith('Сделка на пересмотр'))).toEqual([]);

    expect(await services().digest.run()).toBe(0); // 08:30 in Vladivostok: before 09:00
    now = Date.parse('2026-01-10T23:00:00Z'); // 09:00 in Vladivostok
    expect(await services().digest.run()).toBe(1);
    expect(await services().digest.run()).toBe(0);
    await drain();
    expect(sentTo('7001').filter((text) => text.startsWith('Утренняя сводка'))).toEqual(['Утренняя сводка\nСегодня: 5 сделок на пересмотр, 2 просроченных взноса, 3 задачи']);

    now = Date.parse('2026-01-11T23:00:00Z'); // 09:00 the next day: a new digest
    expect(await services().digest.run()).toBe(1);
  });

  it('follows the time the user chose, renders in their language, and skips a user with nothing to report', async () => {
    const [reader, idle] = [randomUUID(), randomUUID()];
    await link(reader, '7002');
    await link(idle, '7003');
    await db().insert(userSettings).values({ userId: reader, organizationId: org, language: 'EN', digestTime: '07:15' });
    await reviewDue(reader, 'Deal');
    now = Date.parse('2026-01-12T21:14:00Z'); // 07:14 in Vladivostok
    expect(await services().digest.run()).toBe(0);
    now = Date.parse('2026-01-12T21:15:00Z');
    expect(await services().digest.run()).toBe(1);
    await drain();
    expect(sentTo('7002')).toEqual(['Morning digest\nToday: 1 deal due for review']);
    expect(await db().select().from(notifications).where(eq(notifications.recipientId, idle))).toEqual([]);
  });

  it('reads quiet hours on the organisation clock: 22:00–08:00 holds a message sent at 22:00 in Vladivostok (15:00 in Moscow)', async () => {
    const user = randomUUID();
    await link(user, '7004');
    const identity: UserIdentity = { kind: 'user', userId: user, orgId: org, roles: ['SELLER'] };
    await services().settings.update(identity, { quietHours: { start: '22:00', end: '08:00' } });
    expect(await services().settings.mine(identity)).toMatchObject({ timeZone: 'Asia/Vladivostok', digestTime: '09:00' });
    now = Date.parse('2026-01-13T12:00:00Z'); // 22:00 in Vladivostok
    await h.deliver('tasks.task.assigned', {
      taskId: randomUUID(), organizationId: org, dealId: null, kind: 'OTHER', title: 'Ночью', authorId: author, assigneeId: user,
      status: 'NEW', dueDate: null, previousAssigneeId: null, actorId: author,
    });
    await drain();
    expect(sentTo('7004')).toEqual([]);
    expect(await db().select({ status: telegramDeliveries.status }).from(telegramDeliveries).where(eq(telegramDeliveries.chatId, '7004'))).toEqual([{ status: 'QUEUED' }]);
    now = Date.parse('2026-01-13T22:00:30Z'); // 08:00:30 in Vladivostok
    for (let i = 0; i < 3; i += 1) {
      now += 60_000;
      await services().telegramSender!.drain();
    }
    expect(sentTo('7004')).toEqual(['Вам назначена задача\n«Ночью»']);
  });
});
