// Notifications at scale (issue 14): EVENTS `tasks.task.assigned` events spread over USERS linked
// users, published at RATE events/s through the bus (RabbitMQ in distributed mode, the in-process bus
// embedded) while the Telegram sender drains to a local fake Bot API at Telegram's limits (30/s overall,
// 1/s per chat). Prints one JSON line: in-app insert rate, event→in-app latency (target p99 ≤ 200 ms
// while Telegram drains), Telegram drain time, sends/s and the most sends seen in any one second.
//   BENCH_EVENTS=10000 BENCH_USERS=1000 pnpm bench:notifications             (the size: ~6 min to drain)
//   TEST_MODE=distributed BENCH_EVENTS=1000 BENCH_USERS=100 pnpm bench:notifications
import { randomUUID } from 'node:crypto';
import { createLogger, runMigrations } from '@crm/platform';
import { createAmqpBus, createInProcessBus, createOutboxPublisher, type RunningBus } from '@crm/platform/bus';
import { createTestDatabase, createTestVhost, testMode } from '@crm/platform/testing';
import { createNotificationsSubgraph, defaultTelegramConfig } from '@crm/subgraph-notifications';
import { startFakeBotApi } from '@crm/subgraph-notifications/testing';
import { sql, type SQL } from 'drizzle-orm';
import { build } from 'hdr-histogram-js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const USERS = Number(process.env.BENCH_USERS ?? 1_000);
const RATE = Number(process.env.BENCH_RATE ?? 500);
const TIMEOUT_MS = 20 * 60_000;
const TICK_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (n: number) => Math.round(n * 100) / 100;

/** The most timestamps (ms, sorted) that fall in any one second. */
function maxInAnySecond(times: readonly number[]): number {
  let most = 0;
  for (let lo = 0, hi = 0; hi < times.length; hi++) {
    while (times[hi]! - times[lo]! >= 1_000) lo++;
    most = Math.max(most, hi - lo + 1);
  }
  return most;
}

async function main(): Promise<void> {
  const mode = testMode();
  const logger = createLogger({ name: 'bench-notifications', level: 'warn' });
  const database = await createTestDatabase();
  const vhost = mode === 'distributed' ? await createTestVhost() : undefined;
  const bus: RunningBus = vhost ? createAmqpBus({ url: vhost.url, logger, prefetch: 8 }) : createInProcessBus({ logger, pollIntervalMs: 10 });
  const api = await startFakeBotApi(() => Date.now());
  let draining = true;
  try {
    const db = database.handle.db;
    const notifications = createNotificationsSubgraph({ db, logger, config: { telegram: { ...defaultTelegramConfig, botToken: '123:bench', apiRoot: api.apiRoot } } });
    await runMigrations(database.handle, [notifications.migrations]);
    const endpoint = { name: 'notifications', db, tables: notifications.busTables, listen: database.handle.listen?.bind(database.handle) };
    bus.attachOutbox(endpoint);
    for (const consumer of notifications.consumers ?? []) bus.attachConsumer(endpoint, consumer);
    // Tasks' and Auth's events, written to an outbox the bus relays like theirs.
    const publisher = createOutboxPublisher({ source: 'bench', tables: notifications.busTables });
    const count = async (query: SQL) => ((await db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
    const organizationId = randomUUID();
    const author = randomUUID();
    const users = Array.from({ length: USERS }, (_, i) => ({ userId: randomUUID(), chatId: String(100_000 + i) }));
    await db.transaction(async (tx) => {
      for (const { userId, chatId } of users) await publisher.publish(tx, 'auth.telegram.linked', { orgId: organizationId, data: { userId, organizationId, telegramUserId: chatId } });
    });
    await bus.start();
    while ((await count(sql`SELECT count(*)::int AS n FROM notifications.telegram_chats`)) < USERS) await sleep(100);

    const sender = notifications.services.telegramSender!;
    const drainLoop = (async () => {
      while (draining) {
        await sender.drain();
        await sleep(TICK_MS);
      }
    })();

    // Paced publishing, RATE events/s in small transactions, while Telegram drains.
    const publishedAt = new Map<string, number>();
    const started = Date.now();
    for (let i = 0; i < EVENTS; ) {
      const target = Math.min(EVENTS, Math.floor(((Date.now() - started) / 1_000) * RATE) + 1);
      if (target > i) {
        await db.transaction(async (tx) => {
          for (; i < target; i++) {
            const { userId } = users[i % USERS]!;
            const data = { taskId: randomUUID(), organizationId, dealId: null, kind: 'OTHER' as const, title: `bench ${i}`, authorId: author, assigneeId: userId, status: 'NEW' as const, dueDate: null, previousAssigneeId: null, actorId: author };
            const envelope = await publisher.publish(tx, 'tasks.task.assigned', { orgId: organizationId, actorId: author, data });
            publishedAt.set(envelope.id, Date.now());
          }
        });
      }
      await sleep(5);
    }
    const deadline = Date.now() + TIMEOUT_MS;
    while ((await count(sql`SELECT count(*)::int AS n FROM notifications.notifications`)) < EVENTS && Date.now() < deadline) await sleep(50);
    const inAppDone = Date.now();
    while ((await count(sql`SELECT count(*)::int AS n FROM notifications.telegram_deliveries WHERE status <> 'QUEUED'`)) < EVENTS && Date.now() < deadline) await sleep(200);
    const telegramDone = Date.now();
    draining = false;
    await drainLoop;

    const rows = ((await db.execute(sql`SELECT event_id, created_at FROM notifications.notifications`)) as unknown as { rows: { event_id: string; created_at: string | Date }[] }).rows;
    const latency = build({ lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000, numberOfSignificantValueDigits: 3 });
    for (const row of rows) {
      const sent = publishedAt.get(row.event_id);
      if (sent !== undefined) latency.recordValue(Math.max(1, new Date(row.created_at).getTime() - sent));
    }
    const sends = api.messages.map((m) => m.at).sort((a, b) => a - b);
    const sendWindow = sends.length > 1 ? (sends.at(-1)! - sends[0]!) / 1_000 : 0;
    process.stdout.write(
      `${JSON.stringify({
        name: 'notifications-fan-out',
        mode,
        events: EVENTS,
        users: USERS,
        publish_rate_per_s: RATE,
        in_app: rows.length,
        in_app_s: round((inAppDone - started) / 1_000),
        in_app_per_s: Math.round(rows.length / ((inAppDone - started) / 1_000)),
        event_to_in_app_p50_ms: latency.getValueAtPercentile(50),
        event_to_in_app_p99_ms: latency.getValueAtPercentile(99),
        event_to_in_app_max_ms: latency.maxValue,
        telegram_sent: sends.length,
        telegram_drain_s: round((telegramDone - started) / 1_000),
        telegram_sends_per_s: sendWindow > 0 ? round(sends.length / sendWindow) : null,
        telegram_max_in_any_second: maxInAnySecond(sends),
        telegram_limit_per_s: defaultTelegramConfig.perSecond,
      })}\n`,
    );
  } finally {
    draining = false;
    await bus.stop();
    await api.close();
    await database.drop();
    await vhost?.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
