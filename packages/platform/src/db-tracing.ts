import type { PoolClient } from 'pg';
import { currentTraceparent, SpanKind, startSpan, tracingEnabled } from './tracing';

const STATEMENT_CHARS = 2000;

/**
 * A CLIENT span per SQL statement run for a request or an event handler (their span is the parent), with
 * the statement's text — never its parameters, which hold personal data. Promise and callback calls are
 * measured; cursors pass through. Nothing happens while tracing is off.
 */
export function traceQueries(client: PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const parent = tracingEnabled() ? currentTraceparent() : undefined;
    const first = args[0] as string | { text?: string; submit?: unknown } | undefined;
    if (!parent || (typeof first === 'object' && first?.submit)) return query(...args);
    const text = typeof first === 'string' ? first : (first?.text ?? '');
    const span = startSpan(`SQL ${/^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? 'QUERY'}`, SpanKind.CLIENT, parent, {
      'db.system': 'postgresql',
      'db.statement': text.slice(0, STATEMENT_CHARS),
    });
    const callback = args.at(-1);
    // The pool's own `query` calls its client with a callback.
    if (typeof callback === 'function') {
      return query(...args.slice(0, -1), (error: unknown, ...rest: unknown[]) => {
        span.end(error ?? undefined);
        (callback as (...all: unknown[]) => void)(error, ...rest);
      });
    }
    const result = query(...args) as Promise<unknown>;
    result.then(
      () => span.end(),
      (error: unknown) => span.end(error),
    );
    return result;
  };
}
