import { postGraphQL } from '@crm/platform/testing';
import { DEAL_CARD_QUERY } from '../crm-scale/crm-queries';
import { startBenchSystem } from '../support/bench-system';
import { createGraphQLClient } from '../support/graphql-client';
import { measure } from '../support/measure';

/** Seconds the router has spent waiting on subgraphs so far: the sum of `router_subgraph_call_duration_seconds`. */
async function subgraphSeconds(metricsUrl: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  return [...text.matchAll(/^router_subgraph_call_duration_seconds_sum\{[^}]*\} ([\d.e+-]+)$/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
}

/**
 * The project's deal card through the embedded system, one request at a time, as the demo admin:
 * end-to-end p50 and what the router adds to it. The router's share is the end-to-end time less
 * the time its subgraph calls took (their histogram's sum, per request). Calls that run in parallel
 * count twice in that sum, so the share is a floor when the plan fans out.
 */
export async function dealCardOverhead(requests: number) {
  const bench = await startBenchSystem();
  try {
    const login = await postGraphQL<{ login: { accessToken: string } }>(bench.system.url, 'mutation { login(input: {email: "admin@demo.local", password: "demo12345"}) { accessToken } }');
    const token = login.data?.login.accessToken;
    if (!token) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);
    const created = await postGraphQL<{ createDeal: { deal: { id: string } } }>(
      bench.system.url,
      'mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }',
      { token, variables: { input: { title: 'Сделка для замера', newClient: { kind: 'PERSON', lastName: 'Замеров', phones: ['+79001234567'] } } } },
    );
    const id = created.data?.createDeal.deal.id;
    if (!id) throw new Error(`creating a deal failed: ${JSON.stringify(created.errors)}`);
    const client = createGraphQLClient(bench.system.url, 1);
    const metricsUrl = bench.system.url.replace(/\/graphql$/, '/metrics');
    const run = () => client.post(DEAL_CARD_QUERY, { id }, token).then(() => undefined);
    await measure({ name: 'warm-up', concurrency: 1, requests: 50, warmup: 0, run });
    const before = await subgraphSeconds(metricsUrl);
    const result = await measure({ name: 'deal card via router (embedded)', concurrency: 1, requests, warmup: 0, run });
    const subgraphMsPerRequest = ((await subgraphSeconds(metricsUrl)) - before) * 1000 / requests;
    await client.close();
    const overheadMs = Math.max(0, result.p50_ms - subgraphMsPerRequest);
    return {
      case: result.name,
      query: 'DealCard',
      concurrency: 1,
      requests,
      errors: result.errors,
      rps: result.rps,
      p50_ms: result.p50_ms,
      p99_ms: result.p99_ms,
      subgraph_ms_per_request: Math.round(subgraphMsPerRequest * 100) / 100,
      router_overhead_ms: Math.round(overheadMs * 100) / 100,
      router_overhead_share: Math.round((overheadMs / result.p50_ms) * 1000) / 1000,
    };
  } finally {
    await bench.stop();
  }
}
