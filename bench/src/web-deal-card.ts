// The deal card in a real browser on the embedded system with a 1,000-deal organisation: time from
// navigation to the card being interactive (header, calculations, money and tasks rendered).
// Budget (issue 13): ≤ 1.5 s; printed, not asserted.   pnpm bench:web:card   (after `pnpm web:build`)
import { chromium } from 'playwright-core';
import { startBenchSystem } from './support/bench-system';
import { createGraphQLClient } from './support/graphql-client';
import { loginDemoUser } from './crm-scale/demo-identities';

const DEALS = Number(process.env.BENCH_DEALS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BUDGET_MS = 1500;

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
  await page.goto(`${origin}/login`);
  await page.getByLabel('Эл. почта').fill('seller@demo.local');
  await page.getByLabel('Пароль').fill('demo12345');
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('heading', { name: 'Сделки' }).waitFor();

  const cardReady = async () => {
    await page.getByTestId('deal-client').waitFor();
    await page.getByTestId('money-summary').waitFor();
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
    started = Date.now();
    await link.click();
    await cardReady();
    click.push(Date.now() - started);
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
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
