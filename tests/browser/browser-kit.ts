import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestSystem, type TestSystem } from '../e2e/support/test-system';

export const SCREENSHOTS = join(__dirname, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/**
 * Numbered full-page screenshots of one test file (`core-03-name.png`), so the folder reads as each
 * scenario in order; each file runs in its own process, hence the prefix.
 */
export function screenshots(prefix: string): (page: Page, name: string) => Promise<void> {
  let step = 0;
  return async (page, name) => {
    step += 1;
    await page.screenshot({ path: join(SCREENSHOTS, `${prefix}-${String(step).padStart(2, '0')}-${name}.png`), fullPage: true });
  };
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the current page: the serious and critical violations (id and the first offending nodes). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  // A string, so this Node-side file needs no DOM types; it runs in the page.
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))`,
  )) as { id: string; impact: string | null; targets: string[] }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.targets.join(', ')}`);
}

export async function signIn(page: Page, origin: string, email: string, password = 'demo12345'): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel('Эл. почта').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
}

/**
 * One embedded system and one browser for a test file: `open()` gives a page in a fresh context
 * (a user of its own), Russian unless told; everything closes after the file.
 */
export function browserSuite() {
  let system: TestSystem;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const suite = {
    origin: '',
    async open(locale = 'ru-RU'): Promise<Page> {
      const context = await browser.newContext({ locale, viewport: { width: 1440, height: 1000 } });
      contexts.push(context);
      return context.newPage();
    },
    /** A page signed in as this demo user, on the deals list. */
    async signedIn(email: string): Promise<Page> {
      const page = await suite.open();
      await signIn(page, suite.origin, email);
      await page.getByRole('heading', { name: 'Сделки' }).waitFor();
      return page;
    },
  };
  before(async () => {
    // Default limits: every operation the app sends stays under them (router/src/query-limits.test.ts).
    system = await startTestSystem();
    suite.origin = new URL(system.url).origin;
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await system?.stop();
  });
  return suite;
}
