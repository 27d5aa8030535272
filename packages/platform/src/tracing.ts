import { randomBytes } from 'node:crypto';
import { currentLogContext } from './logger';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** W3C trace context: keeps the caller's trace id, or starts a new trace. */
export function parseOrStartTrace(header: string | undefined): { traceId: string; traceparent: string } {
  const match = header ? TRACEPARENT.exec(header.trim()) : null;
  const traceId = match?.[1] ?? randomBytes(16).toString('hex');
  const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
  return { traceId, traceparent };
}

/** The traceparent of the current request, for events and outgoing calls. */
export function currentTraceparent(): string | undefined {
  const { traceId } = currentLogContext();
  return traceId ? `00-${traceId}-${randomBytes(8).toString('hex')}-01` : undefined;
}
