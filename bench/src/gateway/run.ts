import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { request } from 'undici';
import { report } from '../support/measure';
import { startChild } from './child';
import { dealCardOverhead } from './deal-card';
import { closedLoop } from './load';
import { cpuMs, rssMiB } from './process-usage';
import { benchSubgraphs, TEST_QUERY } from './subgraphs';

interface GatewayCase {
  name: string;
  env: Record<string, string>;
}

const CASES: GatewayCase[] = [
  { name: 'stock @apollo/gateway', env: { BENCH_GATEWAY: 'stock' } },
  { name: 'router, no deduplication', env: { BENCH_GATEWAY: 'router', DEDUPLICATE_QUERIES: 'false' } },
  { name: 'router, deduplication', env: { BENCH_GATEWAY: 'router', DEDUPLICATE_QUERIES: 'true' } },
];

/**
 * `pnpm bench:gateway`: stock `@apollo/gateway` and the project's router, each in its own process on
 * one core (`taskset -c 0`), against the same four subgraphs (another process) on the gateways-benchmark
 * `TestQuery`; then the deal card through the embedded system. One JSON line per case, then a table.
 * BENCH_SECONDS (10) per case, BENCH_CONCURRENCY (50), BENCH_CPU_PROF=<dir> profiles the router cases,
 * BENCH_ONLY=<part of a case name>.
 */
async function main(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 50);
  const only = process.env.BENCH_ONLY;
  const subgraphs = await startChild<{ urls: Record<string, string> }>('subgraphs-process.ts', { readyKey: 'urls', cores: '1' });
  const rows: Record<string, unknown>[] = [];
  try {
    const composed = composeServices(benchSubgraphs.map((subgraph) => ({ name: subgraph.name, url: subgraphs.ready.urls[subgraph.name], typeDefs: subgraph.typeDefs })));
    if (!composed.supergraphSdl) throw new Error(composed.errors?.map((error) => error.message).join('\n'));
    const supergraph = join(mkdtempSync(join(tmpdir(), 'bench-gateway-')), 'supergraph.graphql');
    writeFileSync(supergraph, composed.supergraphSdl);
    const body = JSON.stringify({ query: TEST_QUERY, operationName: 'TestQuery' });
    let expected: string | undefined;
    for (const gatewayCase of CASES.filter((c) => !only || c.name.includes(only))) {
      const profile = process.env.BENCH_CPU_PROF && gatewayCase.env.BENCH_GATEWAY === 'router' ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
      const gateway = await startChild<{ port: number }>('gateway-process.ts', { readyKey: 'port', cores: '0', nodeArgs: profile, env: { ...gatewayCase.env, BENCH_SUPERGRAPH: supergraph } });
      try {
        const url = `http://127.0.0.1:${gateway.ready.port}/graphql`;
        const answer = await (await request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).body.text();
        expected ??= answer;
        if (answer !== expected) throw new Error(`${gatewayCase.name} answers differently: ${answer.slice(0, 300)}`);
        await closedLoop(url, body, { seconds: Math.min(3, seconds), concurrency });
        const pid = gateway.process.pid!;
        const cpuBefore = cpuMs(pid);
        const load = await closedLoop(url, body, { seconds, concurrency });
        const cpu = cpuMs(pid) - cpuBefore;
        const row = { bench: 'gateway', case: gatewayCase.name, query: 'TestQuery', concurrency, seconds, ...load, cpu_ms_per_request: Math.round((cpu / load.requests) * 100) / 100, ...rssMiB(pid) };
        report(row);
        rows.push(row);
      } finally {
        await gateway.stop();
      }
    }
  } finally {
    await subgraphs.stop();
  }
  if (!only || 'deal card'.includes(only)) {
    const row = { bench: 'gateway', ...(await dealCardOverhead(Number(process.env.BENCH_DEAL_CARD_REQUESTS ?? 300))) };
    report(row);
    rows.push(row);
  }
  const stock = rows.find((row) => row.case === CASES[0]!.name)?.rps as number | undefined;
  console.table(rows.map((row) => ({ ...row, ...(stock && typeof row.rps === 'number' && row.query === 'TestQuery' ? { vs_stock: `${Math.round((row.rps / stock) * 100) / 100}×` } : {}) })));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
