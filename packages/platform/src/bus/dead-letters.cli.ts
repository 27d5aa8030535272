import { parseArgs } from 'node:util';
import { pgSchema } from 'drizzle-orm/pg-core';
import { createDatabase, type DatabaseHandle } from '../db';
import { connectAmqpRedelivery } from './amqp-redelivery';
import { listDeadLetters, replayDeadLetters } from './dead-letters';
import { inProcessRedelivery } from './in-process-redelivery';
import { ensureInProcessBusSchema } from './in-process-schema';
import { busTables } from './tables';
import type { BusEndpoint, Redelivery } from './types';

export const USAGE = `Usage:
  pnpm bus:dead-letters list <schema> [consumer] [--replayed] [--limit N]
  pnpm bus:dead-letters replay <schema> <consumer> (<dead-letter-id> | --all)

Environment:
  DATABASE_URL  postgres://… (distributed) or a PGlite data folder (embedded; stop the app first)
  AMQP_URL      when set, replay publishes to the consumer's RabbitMQ queue; otherwise it adds
                an in-process delivery (bus.deliveries) that the embedded bus picks up`;

export type DeadLettersCommand =
  | { kind: 'list'; schema: string; consumer?: string; includeReplayed: boolean; limit: number }
  | { kind: 'replay'; schema: string; consumer: string; id?: string };

export function parseDeadLettersArgs(argv: string[]): DeadLettersCommand {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { all: { type: 'boolean', default: false }, replayed: { type: 'boolean', default: false }, limit: { type: 'string', default: '100' } },
  });
  const [kind, schema, consumer, id] = positionals;
  if (!schema || !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`A schema name is required\n\n${USAGE}`);
  if (kind === 'list') {
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new Error('--limit must be a positive integer');
    return { kind, schema, consumer, includeReplayed: values.replayed, limit };
  }
  if (kind === 'replay') {
    if (!consumer) throw new Error(`replay needs a consumer\n\n${USAGE}`);
    if (Boolean(id) === values.all) throw new Error(`replay needs exactly one of a dead letter id or --all\n\n${USAGE}`);
    return { kind, schema, consumer, ...(id ? { id } : {}) };
  }
  throw new Error(USAGE);
}

export async function runDeadLettersCommand(
  command: DeadLettersCommand,
  deps: { handle: DatabaseHandle; redelivery: Redelivery; print(line: string): void },
): Promise<void> {
  const endpoint: Pick<BusEndpoint, 'db' | 'tables'> = { db: deps.handle.db, tables: busTables(pgSchema(command.schema)) };
  if (command.kind === 'list') {
    const rows = await listDeadLetters(endpoint, command);
    for (const row of rows) {
      const state = row.replayedAt ? `replayed ${row.replayedAt.toISOString()}` : 'pending';
      deps.print([row.id, row.consumer, row.type, row.eventId, `attempts=${row.attempts}`, row.failedAt.toISOString(), state, row.error.split('\n')[0]].join('\t'));
    }
    deps.print(`${rows.length} dead letter(s)`);
    return;
  }
  const replayed = await replayDeadLetters(endpoint, deps.redelivery, { consumer: command.consumer, ...(command.id ? { id: command.id } : {}) });
  deps.print(`${replayed} dead letter(s) replayed to ${command.consumer}`);
}

async function main(): Promise<void> {
  const command = parseDeadLettersArgs(process.argv.slice(2));
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error(`DATABASE_URL is not set\n\n${USAGE}`);
  const handle = await createDatabase(/^postgres(ql)?:\/\//.test(url) ? { kind: 'pg', url, poolSize: 2, applicationName: 'crm-dead-letters' } : { kind: 'pglite', dataDir: url });
  const amqpUrl = process.env.AMQP_URL;
  const amqp = command.kind === 'replay' && amqpUrl ? await connectAmqpRedelivery(amqpUrl) : undefined;
  try {
    if (command.kind === 'replay' && !amqp) await ensureInProcessBusSchema(handle.db);
    await runDeadLettersCommand(command, { handle, redelivery: amqp ?? inProcessRedelivery, print: (line) => process.stdout.write(`${line}\n`) });
  } finally {
    await amqp?.close();
    await handle.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
