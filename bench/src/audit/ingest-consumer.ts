// The Audit consumer as its own process, composed as `runSubgraphProcess` composes Audit's bus (the
// production defaults: prefetch, batch size, pool): started by `ingest.bench.ts` once the backlog is
// on the broker. Reads BENCH_DATABASE_URL and BENCH_AMQP_URL; prints `ready` when consuming and stops on SIGTERM.
import { createDatabase, createLogger } from '@crm/platform';
import { createAmqpBus } from '@crm/platform/bus';
import { createAuditSubgraph } from '@crm/subgraph-audit';

async function main(): Promise<void> {
  const logger = createLogger({ name: 'bench-audit-consumer', level: 'warn' });
  const handle = await createDatabase({ kind: 'pg', url: required('BENCH_DATABASE_URL'), applicationName: 'audit' });
  const bus = createAmqpBus({ url: required('BENCH_AMQP_URL'), logger, ...(process.env.BENCH_PREFETCH ? { prefetch: Number(process.env.BENCH_PREFETCH) } : {}) });
  const audit = createAuditSubgraph({ db: handle.db, logger });
  const endpoint = { name: 'audit', db: handle.db, tables: audit.busTables, listen: handle.listen?.bind(handle) };
  bus.attachOutbox(endpoint);
  for (const consumer of audit.consumers ?? []) bus.attachConsumer(endpoint, consumer);
  await bus.start();
  process.stdout.write('ready\n');
  process.once('SIGTERM', () => {
    void (async () => {
      await bus.stop();
      await handle.close();
      process.stdout.write(`${JSON.stringify({ stats: bus.stats() })}\n`);
      process.exit(0);
    })();
  });
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
