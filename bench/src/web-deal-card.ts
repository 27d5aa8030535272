// The deal card in a real browser on the embedded system with a 1,000-deal organisation: time from
// navigation to the card being interactive (header, calculations, money and tasks rendered).
// Budget (issue 13): ≤ 1.5 s; printed, not asserted.   pnpm bench:web:card   (after `pnpm web:build`)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Request } from 'playwright-core';
import { startBenchSystem } from './support/bench-system';
import { createGraphQLClient } from './support/graphql-client';
import { loginDemoUser } from './crm-scale/demo-identities';

const DEALS = Number(process.env.BENCH_DEALS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BUDGET_MS = 1500;

/** The web app's persisted operations by id, to name the requests of the waterfall. */
const operationNames = new Map(
  (JSON.parse(readFileSync(resolve(__dirname, '../../schema/operations/web-client.json'), 'utf8')) as { operations: { id: string; name: string }[] }).operations.map((o) => [`sha256:${o.id}`, o.name]),
);

interface Step {
  what: string;
  start_ms: number;
  end_ms: number;
}

/** What the page fetched from `since` on: GraphQL operations by name, scripts and styles by file; start and end relative to `since`. */
function recordWaterfall(page: import('playwright-core').Page) {
  const steps: Step[] = [];
  let since = Date.now();
  const started = new Map<Request, number>();
  page.on('request', (request) => started.set(request, Date.now()));
  page.on('requestfinished', (request) => {
    const begin = started.get(request);
    if (begin === undefined || begin < since) return;
    const url = new URL(request.url());
    let what = url.pathname;
    if (url.pathname === '/graphql') {
      const id = (request.postDataJSON() as { documentId?: string } | null)?.documentId ?? '';
      what = `graphql ${operationNames.get(id) ?? id}`;
    } else if (!/\.(js|css)$/.test(url.pathname)) return;
    steps.push({ what, start_ms: begin - since, end_ms: Date.now() - since });
  });
  return {
    reset: () => ((since = Date.now()), (steps.length = 0)),
    steps: () => [...steps].sort((a, b) => a.start_ms - b.start_ms),
  };
}

async function main(): Promise<void> {
  const bench = await startBenchSystem();
  const origin = new URL(bench.system.url).origin;
  const client = createGraphQLClient(bench.system.url, 8);
  const seller = await loginDemoUser(bench.system.url, 'seller@demo.local');
  const create = (i: number) =>
    client.post<{ createDeal: { deal: { id: string } } }>(
      'mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }',
      { input: { title: `Сделка ${i}`, newClient: { kind: 'PERSON', lastName: `Клиент${i}`, phones: [`+7900${String(i).padStart(7, '0')}`] } } },
      seller.accessToken,
    );
  let lastDealId = '';
  for (let i = 0; i < DEALS; i += 8) {
    const batch = await Promise.all(Array.from({ length: Math.min(8, DEALS - i) }, (_, k) => create(i + k)));
    lastDealId = batch.at(-1)!.createDeal.deal.id;
  }

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const waterfall = recordWaterfall(page);
  let lastClick: Step[] = [];
  await page.goto(`${origin}/login`);
  await page.getByLabel('Эл. почта').fill('seller@demo.local');
  await page.getByLabel('Пароль').fill('demo12345');
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('heading', { name: 'Сделки' }).waitFor();

  const cardReady = async () => {
    await page.getByTestId('deal-client').waitFor();
    // A deal without a policy has no money yet: the section shows that it is empty once loaded.
    await page.locator('[data-testid="money-summary"], [data-testid="money-summary-empty"]').first().waitFor();
    await page.getByRole('button', { name: 'Поставить задачу' }).waitFor();
    await page.getByRole('button', { name: 'Добавить расчёт' }).waitFor({ state: 'visible' });
  };
  const reload: number[] = [];
  const click: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let started = Date.now();
    await page.goto(`${origin}/deals/${lastDealId}`);
    await cardReady();
    reload.push(Date.now() - started);
    // Let the page settle: a reload while its silent refresh is in flight drops the rotated cookie
    // (the refresh-token grace window in Auth is what makes that safe for users).
    await page.goto(`${origin}/deals?view=table`);
    const link = page.getByRole('link', { name: `Сделка ${DEALS - 1}`, exact: true });
    await link.waitFor();
    waterfall.reset();
    started = Date.now();
    await link.click();
    await cardReady();
    click.push(Date.now() - started);
    lastClick = waterfall.steps().filter((s) => s.start_ms <= click.at(-1)!);
  }
  await browser.close();
  await bench.stop();
  const stats = (ms: number[]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return { median_ms: sorted[Math.floor(sorted.length / 2)], max_ms: sorted.at(-1) };
  };
  process.stdout.write(
    `${JSON.stringify({ benchmark: 'web-deal-card-interactive', deals: DEALS, runs: RUNS, fromLink: stats(click), fullReload: stats(reload), budget_ms: BUDGET_MS })}\n`,
  );
  process.stdout.write(`${JSON.stringify({ benchmark: 'web-deal-card-waterfall', run: 'last from link', steps: lastClick })}\n`);
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |\n`;
  process.stdout.write(`\n${row(['', 'median ms', 'max ms', 'budget ms'])}${row(['---', '---', '---', '---'])}`);
  process.stdout.write(row(['from the deals list', stats(click).median_ms!, stats(click).max_ms!, BUDGET_MS]) + row(['full reload', stats(reload).median_ms!, stats(reload).max_ms!, BUDGET_MS]));
  process.stdout.write(`\nLast card opened from the list (requests started before it was interactive):\n${row(['request', 'start ms', 'end ms'])}${row(['---', '---', '---'])}`);
  for (const step of lastClick) process.stdout.write(row([step.what, step.start_ms, step.end_ms]));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
