import { postGraphQL } from '@crm/platform/testing';
import { startBenchSystem } from './support/bench-system';
import { createGraphQLClient } from './support/graphql-client';
import { measure, report } from './support/measure';

/**
 * What the router's rate limiting costs per request (ADR 0025): `me` through the router with the limits
 * off, with token buckets in memory, and with them in Redis (`BENCH_REDIS_URL`, default the local one;
 * `BENCH_REDIS_URL=off` skips it). Limits are set too high to refuse, so every request takes its
 * tokens and is answered. `pnpm bench:router:protection` prints one JSON line per case.
 */
const NEVER_REFUSE = { perAddress: 1e9, perUser: 1e9, perApiKey: 1e9 };
const OFF = { perAddress: 0, perUser: 0, perApiKey: 0 };

async function main(): Promise<void> {
  const requests = Number(process.env.BENCH_REQUESTS ?? 3000);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
  const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const cases = [
    { name: 'limits off', protection: { rateLimits: OFF } },
    { name: 'buckets in memory', protection: { rateLimits: NEVER_REFUSE } },
    ...(redisUrl === 'off' ? [] : [{ name: 'buckets in redis', protection: { rateLimits: NEVER_REFUSE, redisUrl, redisPrefix: `bench:router:${process.pid}:` } }]),
  ];
  for (const { name, protection } of cases) {
    const bench = await startBenchSystem({ protection });
    try {
      const login = await postGraphQL<{ login: { accessToken: string } }>(bench.system.url, 'mutation { login(input: {email: "admin@demo.local", password: "demo12345"}) { accessToken } }');
      const token = login.data?.login.accessToken;
      if (!token) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);
      const client = createGraphQLClient(bench.system.url, concurrency);
      const run = async () => void (await client.post('{ me { id email roles organization { id name } } }', {}, token));
      report({ bench: 'router-protection', database: bench.database.kind, ...(await measure({ name, concurrency, requests, run })) });
      await client.close();
    } finally {
      await bench.stop();
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
