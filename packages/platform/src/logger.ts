import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditChannel } from '@crm/contracts';
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** What every log line of a request carries, whichever module writes it. */
export interface LogContext {
  requestId?: string;
  traceId?: string;
  /** This process's span of the trace (the request's or the event handler's). */
  spanId?: string;
  orgId?: string;
  userId?: string;
  /** Where the caller came through (`web`, `bot`, `partner`, `system`): events carry it to the audit trail. */
  channel?: AuditChannel;
}

const contextStorage = new AsyncLocalStorage<LogContext>();

export function runWithLogContext<T>(context: LogContext, fn: () => T): T {
  return contextStorage.run({ ...contextStorage.getStore(), ...context }, fn);
}

/** Adds fields to the current context (e.g. org and user, once the token is verified). */
export function enrichLogContext(fields: LogContext): void {
  const store = contextStorage.getStore();
  if (store) Object.assign(store, fields);
}

export function currentLogContext(): LogContext {
  return contextStorage.getStore() ?? {};
}

export interface LoggerOptions {
  name: string;
  level?: string;
  destination?: pino.DestinationStream;
}

export function createLogger({ name, level = process.env.LOG_LEVEL ?? 'info', destination }: LoggerOptions): Logger {
  const options: pino.LoggerOptions = {
    name,
    level,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => ({ ...contextStorage.getStore() }),
    redact: { paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization', 'refreshToken', '*.refreshToken'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
