import { createDatabase, createLogger, type DatabaseHandle } from '@crm/platform';
import { createInProcessBus } from '@crm/platform/bus';
import { startSystem, type RunningSystem, type SystemOptions } from '@crm/embedded';

export interface BenchSystem {
  system: RunningSystem;
  database: DatabaseHandle;
  stop(): Promise<void>;
}

/**
 * The whole system for a benchmark: on PostgreSQL when `BENCH_DATABASE_URL` is set (an existing,
 * possibly pre-seeded database), otherwise on in-memory PGlite. The bus is in-process either way:
 * benchmarks measure request paths, not event delivery.
 */
export async function startBenchSystem(options: Pick<SystemOptions, 'protection'> = {}): Promise<BenchSystem> {
  const url = process.env.BENCH_DATABASE_URL;
  const database = await createDatabase(url ? { kind: 'pg', url, poolSize: 20 } : { kind: 'pglite' });
  const logger = createLogger({ name: 'bench', level: process.env.LOG_LEVEL ?? 'warn' });
  const system = await startSystem({ database, bus: createInProcessBus({ logger }), logger, port: 0, host: '127.0.0.1', production: false, seedDemo: true, ...options });
  return {
    system,
    database,
    async stop() {
      await system.stop();
      await database.close();
    },
  };
}
