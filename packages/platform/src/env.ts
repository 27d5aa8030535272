import { z } from 'zod';

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parses `source` with `schema`; on failure throws an EnvError listing every problem, not just the first. */
export function parseEnv<S extends z.ZodType>(schema: S, source: Record<string, string | undefined> = process.env): z.infer<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
}

/** For a deployable's entry point: report every problem on stderr and exit, so a bad deploy fails loudly at once. */
export function loadEnv<S extends z.ZodType>(schema: S, source: Record<string, string | undefined> = process.env): z.infer<S> {
  try {
    return parseEnv(schema, source);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/** Building blocks every deployable's env schema reuses. */
export const envFields = {
  nodeEnv: z.enum(['development', 'test', 'production']).default('development'),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  port: z.coerce.number().int().min(0).max(65535),
  url: z.string().url(),
  boolean: z.stringbool(),
  csv: z.string().transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)),
  /** A secret of 16+ characters; empty (`VAR=` in compose) counts as unset. */
  optionalSecret: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(16).optional()),
  /** A port that may be left unset (or empty); e.g. METRICS_PORT. */
  optionalPort: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(65535).optional()),
};
