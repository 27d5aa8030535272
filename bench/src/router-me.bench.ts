import { postGraphQL } from '@crm/platform/testing';
import { startBenchSystem } from './support/bench-system';
import { createGraphQLClient } from './support/graphql-client';
import { measure, report } from './support/measure';

/**
 * What the router costs: `me` through the router (token verified twice, one subgraph fetch) against
 * the same query sent straight to the Auth subgraph. `pnpm bench:router` prints one JSON line per case.
 */
async function main(): Promise<void> {
  const requests = Number(process.env.BENCH_REQUESTS ?? 5000);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
  const bench = await startBenchSystem();
  try {
    const login = await postGraphQL<{ login: { accessToken: string } }>(bench.system.url, 'mutation { login(input: {email: "admin@demo.local", password: "demo12345"}) { accessToken } }');
    const token = login.data?.login.accessToken;
    if (!token) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);
    const query = '{ me { id email roles organization { id name } } }';
    for (const [name, url] of [
      ['me via router', bench.system.url],
      ['me direct to auth subgraph', bench.system.subgraphUrls.auth!],
    ] as const) {
      const client = createGraphQLClient(url, concurrency);
      report({ bench: 'router-me', database: bench.database.kind, ...(await measure({ name, concurrency, requests, run: () => client.post(query, {}, token) })) });
      await client.close();
    }
  } finally {
    await bench.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
