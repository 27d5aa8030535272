// First-load JavaScript of the web app, gzip: what the browser fetches for the login screen and then
// the deals list (entry chunk + the deals route + their static imports), from Vite's build manifest.
// Budget (issue 13): ≤ 250 KB gzip; printed, not asserted.   pnpm bench:web   (after `pnpm web:build`)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(__dirname, '../../web/dist');
const BUDGET_KB = 250;

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;

/** A chunk's file and every chunk it imports statically (what loads before it runs). */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}

function gzipKb(keys: Set<string>): { js: number; css: number; files: number } {
  let js = 0;
  let css = 0;
  for (const key of keys) {
    const chunk = manifest[key]!;
    js += gzipSync(readFileSync(join(DIST, chunk.file))).length;
    for (const file of chunk.css ?? []) css += gzipSync(readFileSync(join(DIST, file))).length;
  }
  return { js: Math.round(js / 102.4) / 10, css: Math.round(css / 102.4) / 10, files: keys.size };
}

const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
const bySource = (path: string) => Object.keys(manifest).find((key) => manifest[key]!.src?.endsWith(path))!;
const login = gzipKb(closure(entry));
// The deals list shows inside the signed-in frame (header, menu, bell): a lazy chunk of its own, loaded with it.
const loginAndDeals = gzipKb(closure(bySource('routes/deals/deals-page.tsx'), closure(bySource('app/shell.tsx'), closure(entry))));
process.stdout.write(
  `${JSON.stringify({ benchmark: 'web-first-load', unit: 'KB gzip', login, loginAndDeals, budgetKb: BUDGET_KB, withinBudget: loginAndDeals.js <= BUDGET_KB }, null, 2)}\n`,
);
