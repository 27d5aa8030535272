import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { startTestSystem, type TestSystem } from '../e2e/support/test-system';
import { hostileOperations, type FuzzOperation } from './hostile-operations';

// Issue 8: thousands of schema-valid operations with hostile values (huge strings, NUL and lone
// surrogates, extreme numbers, malformed Decimal / Date / ID / cursors, nulls) through the router.
// A client mistake must be a 4xx or a GraphQL error with a client code; never a 5xx, an
// INTERNAL_SERVER_ERROR, SQL text, a stack trace or an internal URL. FUZZ_SEED / FUZZ_RUNS change the run,
// FUZZ_VERBOSE=1 prints how the answers were distributed (status and first error code).

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const CONCURRENCY = 6;
// The API schema is the supergraph's public part (composed and checked with it by `pnpm schema:check`).
const schema = buildSchema(readFileSync(resolve(__dirname, '../../schema/api-schema.graphql'), 'utf8'));

const LEAKS: [string, RegExp][] = [
  ['SQL text', /Failed query|\bselect\b.+\bfrom\b|\binsert into\b|\bupdate\b.+\bset\b|\bdelete from\b|syntax error at or near|params:|violates .* constraint|relation ".*" does not exist/is],
  ['a stack trace', /stacktrace|\n\s+at [\w.<>]+ \(|\.ts:\d+:\d+|node_modules/],
  ['an internal URL', /https?:\/\/(localhost|127\.0\.0\.1|\[::1\]|[\w-]+:\d+)/],
];

interface Finding {
  problem: string;
  field: string;
  status: number;
  body: string;
  variables: string;
}

describe('fuzzing the router with hostile operations', () => {
  let system: TestSystem;
  let tokens: (string | undefined)[];
  const outcomes = new Map<string, number>();

  beforeAll(async () => {
    system = await startTestSystem();
    tokens = [await system.login('admin@demo.local'), await system.login('seller@demo.local'), undefined];
  });
  afterAll(() => system?.stop());

  async function send(operation: FuzzOperation, index: number): Promise<Finding | undefined> {
    const response = await fetch(system.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(tokens[index % tokens.length] ? { authorization: `Bearer ${tokens[index % tokens.length]}` } : {}) },
      body: JSON.stringify({ query: operation.query, variables: operation.variables }),
    });
    const body = await response.text();
    const code = /"extensions":\{[^}]*"code":"(\w+)"/.exec(body)?.[1] ?? 'none';
    outcomes.set(`${response.status} ${code}`, (outcomes.get(`${response.status} ${code}`) ?? 0) + 1);
    const finding = (problem: string) => ({ problem, field: operation.field, status: response.status, body: body.slice(0, 600), variables: JSON.stringify(operation.variables).slice(0, 300) });
    if (response.status >= 500) return finding(`HTTP ${response.status}`);
    if (body.includes('INTERNAL_SERVER_ERROR')) return finding('INTERNAL_SERVER_ERROR');
    for (const [problem, pattern] of LEAKS) if (pattern.test(body)) return finding(problem);
    return undefined;
  }

  it(`answers ${RUNS} hostile operations (seed ${SEED}) without a server fault or a leak`, async () => {
    const operations = fc.sample(hostileOperations(schema), { seed: SEED, numRuns: RUNS });
    const findings: Finding[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < operations.length) {
          const index = next++;
          const found = await send(operations[index]!, index);
          if (found) findings.push(found);
        }
      }),
    );
    if (process.env.FUZZ_VERBOSE) process.stdout.write(`fuzz outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}\n`);
    // One finding per field and problem is enough to read.
    const distinct = [...new Map(findings.map((f) => [`${f.field} ${f.problem}`, f])).values()];
    expect(distinct).toEqual([]);
    // About 50 s for 2,000 on a shared 2-core machine; the limit only stops a hung run.
  }, Math.max(360_000, RUNS * 180));
});
