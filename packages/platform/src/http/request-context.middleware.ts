import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { runWithLogContext } from '../logger';
import { parseOrStartTrace } from '../tracing';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives every request an id and a trace (kept from the caller when well-formed) and runs the rest of
 * the request inside a log context, so every log line of the request carries them.
 */
export function requestContextMiddleware(): RequestHandler {
  return (req, res, next) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const { traceId, traceparent } = parseOrStartTrace(req.header('traceparent'));
    res.locals.requestId = requestId;
    res.locals.traceparent = traceparent;
    res.setHeader('x-request-id', requestId);
    runWithLogContext({ requestId, traceId }, () => next());
  };
}
