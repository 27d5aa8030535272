import { randomUUID } from 'node:crypto';
import { languageFromAcceptLanguage, runInLanguage } from '@crm/texts';
import type { RequestHandler } from 'express';
import { runWithLogContext } from '../logger';
import { parseOrStartTrace } from '../tracing';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives every request an id and a trace (kept from the caller when well-formed) and runs the rest of
 * the request inside a log context, so every log line of the request carries them, and in the
 * language the client accepts (`Accept-Language`), so every text it is told is in that language.
 */
export function requestContextMiddleware(): RequestHandler {
  return (req, res, next) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const { traceId, traceparent } = parseOrStartTrace(req.header('traceparent'));
    res.locals.requestId = requestId;
    res.locals.traceparent = traceparent;
    res.setHeader('x-request-id', requestId);
    runWithLogContext({ requestId, traceId }, () => runInLanguage(languageFromAcceptLanguage(req.header('accept-language')), () => next()));
  };
}
