// Notifications at scale (issue 14), distributed as deployed: Notifications runs in its own process from
// its `main.ts` (fresh PostgreSQL database, RabbitMQ vhost, its production bus defaults, the Telegram
// sender as its job) against a local fake Telegram Bot API in this process. BENCH_USERS (1,000) users
// each own a deal and have a linked chat; then BENCH_EVENTS (10,000) events of Tasks, CRM, Payments
// and Documents (`bench-events.ts`: 13,000 in-app rows, 3,000 Telegram messages) go straight to the
// exchange at BENCH_RATE (200) events/s while Telegram drains at its limits (30/s, 1/s per chat).
// Prints one JSON line per measure, then a table: time to drain (in-app, Telegram), in-app rows/s,
// event→in-app p50/p99 (the row's write time in Notifications minus the event's publish time; target
// p99 ≤ 200 ms while Telegram drains), Telegram sends/s and the most in any one second (never over 30).
//   pnpm bench:notifications                          (≈ 3 minutes; BENCH_TIMEOUT_S bounds the wait, 240)
//   BENCH_EVENTS=2000 BENCH_USERS=200 BENCH_RATE=500 pnpm bench:notifications
import { randomUUID } from 'node:crypto';
import { connectAmqpEventPublisher } from '@crm/platform/bus/amqp-event-publisher';
import { createTestDatabase, createTestVhost } from '@crm/platform/testing';
import { defaultTelegramConfig } from '@crm/subgraph-notifications';
import { startFakeBotApi } from '@crm/subgraph-notifications/testing';
import { sql, type SQL } from 'drizzle-orm';
import { build } from 'hdr-histogram-js';
import { freePort, spawnService, waitUntilReady } from '../../../tests/e2e/support/spawn-service';
import { report } from '../support/measure';
import { benchEvent, benchUsers, dealOf } from './bench-events';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const USERS = Number(process.env.BENCH_USERS ?? 1_000);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 240) * 1_000;
const TICK_MS = 10;

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
  const database = await createTestDatabase();
  if (!database.url) throw new Error('the bench runs in distributed mode (TEST_MODE=distributed): PostgreSQL and RabbitMQ');
  const vhost = await createTestVhost();
  const api = await startFakeBotApi(() => Date.now());
  const db = database.handle.db;
  const port = await freePort();
  const notifications = spawnService('subgraphs/notifications/src/main.ts', {
    DATABASE_URL: database.url,
    AMQP_URL: vhost.url,
    PORT: String(port),
    HOST: '127.0.0.1',
    // Nothing here asks for a token; the key set is fetched only to verify one.
    AUTH_JWKS_URL: 'http://127.0.0.1:9/.well-known/jwks.json',
    TELEGRAM_BOT_TOKEN: '123:bench',
    TELEGRAM_API_ROOT: api.apiRoot,
  });
  const publisher = await connectAmqpEventPublisher({ url: vhost.url, source: '/bench/notifications' });
  try {
    await waitUntilReady(`http://127.0.0.1:${port}/readyz`, notifications);
    const count = async (query: SQL) => ((await db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
    const waitFor = async (query: SQL, expected: number) => {
      const deadline = Date.now() + TIMEOUT_MS;
      while ((await count(query)) < expected) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${expected}: ${notifications.output()}`);
        await sleep(100);
      }
    };
    const organizationId = randomUUID();
    const actorId = randomUUID();
    const users = benchUsers(USERS);
    // The morning digest is not part of this load: each user's digest time is twelve hours away.
    const digestTime = new Date(Date.now() + 12 * 3_600_000).toISOString().slice(11, 16);
    await db.execute(
      sql`INSERT INTO notifications.user_settings (user_id, organization_id, language, digest_time) SELECT u::uuid, ${organizationId}::uuid, 'RU', ${digestTime} FROM json_array_elements_text(${JSON.stringify(users.map((u) => u.userId))}::json) AS u`,
    );
    // Auth's links and CRM's deals first: the read models Telegram and the payment and file events need.
    await Promise.all(users.map((user) => publisher.publish('auth.telegram.linked', { orgId: organizationId, data: { userId: user.userId, organizationId, telegramUserId: user.chatId } })));
    await Promise.all(users.map((_, i) => publisher.publish('crm.deal.created', { orgId: organizationId, data: dealOf(users, i, organizationId) })));
    await waitFor(sql`SELECT count(*)::int AS n FROM notifications.telegram_chats`, USERS);
    await waitFor(sql`SELECT count(*)::int AS n FROM notifications.deal_owners`, USERS);

    // The stream, paced at RATE events/s.
    const publishedAt = new Map<string, number>();
    let expectedInApp = 0;
    let expectedTelegram = 0;
    const started = Date.now();
    for (let n = 0; n < EVENTS; ) {
      const target = Math.min(EVENTS, Math.floor(((Date.now() - started) / 1_000) * RATE) + 1);
      const sending: Promise<unknown>[] = [];
      for (; n < target; n++) {
        const event = benchEvent(n, users, organizationId, actorId);
        const id = randomUUID();
        expectedInApp += event.inApp;
        expectedTelegram += event.telegram ? event.inApp : 0;
        publishedAt.set(id, Date.now());
        sending.push(publisher.publish(event.type, { id, orgId: organizationId, actorId: event.actorId, data: event.data as never }));
      }
      await Promise.all(sending);
      await sleep(TICK_MS);
    }
    const publishedIn = (Date.now() - started) / 1_000;
    await waitFor(sql`SELECT count(*)::int AS n FROM notifications.notifications`, expectedInApp);
    const inAppDone = Date.now();
    await waitFor(sql`SELECT count(*)::int AS n FROM notifications.telegram_deliveries WHERE status <> 'QUEUED'`, expectedTelegram);
    const telegramDone = Date.now();

    const rows = ((await db.execute(sql`SELECT event_id, created_at FROM notifications.notifications`)) as unknown as { rows: { event_id: string; created_at: string | Date }[] }).rows;
    const histogram = () => build({ lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000, numberOfSignificantValueDigits: 3 });
    const all = histogram();
    const whileDraining = histogram();
    for (const row of rows) {
      const sent = publishedAt.get(row.event_id);
      if (sent === undefined) continue;
      const latency = Math.max(1, new Date(row.created_at).getTime() - sent);
      all.recordValue(latency);
      if (sent < telegramDone) whileDraining.recordValue(latency);
    }
    const sends = api.messages.map((m) => m.at).sort((a, b) => a - b);
    const sendWindow = sends.length > 1 ? (sends.at(-1)! - sends[0]!) / 1_000 : 0;
    const common = { name: 'notifications-fan-out', mode: 'distributed: Notifications process (main.ts), PostgreSQL, RabbitMQ', events: EVENTS, users: USERS, publish_rate_per_s: RATE };
    const measures = {
      drain: { ...common, measure: 'drain', published_in_s: round(publishedIn), in_app_drain_s: round((inAppDone - started) / 1_000), telegram_drain_s: round((telegramDone - started) / 1_000) },
      inApp: { ...common, measure: 'in_app', rows: rows.length, expected_rows: expectedInApp, rows_per_s: Math.round(rows.length / ((inAppDone - started) / 1_000)) },
      latency: {
        ...common,
        measure: 'event_to_in_app',
        p50_ms: all.getValueAtPercentile(50),
        p99_ms: all.getValueAtPercentile(99),
        max_ms: all.maxValue,
        while_telegram_drains_p99_ms: whileDraining.getValueAtPercentile(99),
        target_p99_ms: 200,
      },
      telegram: {
        ...common,
        measure: 'telegram',
        sent: sends.length,
        expected: expectedTelegram,
        sends_per_s: sendWindow > 0 ? round(sends.length / sendWindow) : null,
        max_in_any_second: maxInAnySecond(sends),
        limit_per_s: defaultTelegramConfig.perSecond,
      },
    };
    for (const line of Object.values(measures)) report(line);
    const { drain, inApp, latency, telegram } = measures;
    process.stdout.write(
      [
        '',
        '| events | users | publish/s | in-app drained | in-app rows/s | event→in-app p50 / p99 (while Telegram drains) | Telegram sent | Telegram/s (max in 1 s, limit) | Telegram drained |',
        '|---|---|---|---|---|---|---|---|---|',
        `| ${EVENTS} | ${USERS} | ${RATE} | ${drain.in_app_drain_s} s | ${inApp.rows_per_s} | ${latency.p50_ms} / ${latency.p99_ms} ms (${latency.while_telegram_drains_p99_ms} ms) | ${telegram.sent} / ${telegram.expected} | ${String(telegram.sends_per_s)} (${telegram.max_in_any_second}, ${telegram.limit_per_s}) | ${drain.telegram_drain_s} s |`,
        '',
      ].join('\n'),
    );
  } finally {
    await publisher.close();
    await notifications.terminate();
    await api.close();
    await database.drop();
    await vhost.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
